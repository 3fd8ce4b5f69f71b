package dev.weft.runtime.core;

import dev.weft.runtime.exc.Errors;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

/** C3 linearisation, with CPython's error message when no consistent order exists. */
public final class Mro {
    private Mro() { }

    public static PyType[] compute(PyType cls, PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw Errors.typeError("duplicate base class %s", bases[i].name());
                }
            }
        }
        List<LinkedList<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new LinkedList<>(List.of(b.mro())));
        }
        seqs.add(new LinkedList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(cls);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (LinkedList<PyType> s : seqs) {
                PyType head = s.getFirst();
                boolean inTail = false;
                for (LinkedList<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution order (MRO) for bases");
                List<String> seen = new ArrayList<>();
                for (LinkedList<PyType> s : seqs) {
                    String n = s.getFirst().name();
                    if (!seen.contains(n)) {
                        seen.add(n);
                    }
                }
                for (int i = 0; i < seen.size(); i++) {
                    sb.append(i == 0 ? " " : ", ").append(seen.get(i));
                }
                throw Errors.typeError("%s", sb.toString());
            }
            result.add(candidate);
            for (LinkedList<PyType> s : seqs) {
                if (s.getFirst() == candidate) {
                    s.removeFirst();
                }
            }
        }
    }
}
