package dev.weft.runtime.modules.queue;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Ops;

import java.util.ArrayList;

/** A binary min-heap ordered by Python's {@code <}, with {@code heapq}'s sift order (so equal keys come out as there). */
final class Heap {
    private Heap() { }

    static void push(ArrayList<PyObject> heap, PyObject item) {
        heap.add(item);
        siftDown(heap, 0, heap.size() - 1);
    }

    static PyObject pop(ArrayList<PyObject> heap) {
        PyObject last = heap.remove(heap.size() - 1);
        if (heap.isEmpty()) {
            return last;
        }
        PyObject top = heap.get(0);
        heap.set(0, last);
        siftUp(heap, 0);
        return top;
    }

    /** heapq._siftdown: moves the item at {@code pos} up towards {@code start}. */
    private static void siftDown(ArrayList<PyObject> heap, int start, int pos) {
        PyObject item = heap.get(pos);
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            PyObject parent = heap.get(parentPos);
            if (Ops.ltBool(item, parent)) {
                heap.set(pos, parent);
                pos = parentPos;
                continue;
            }
            break;
        }
        heap.set(pos, item);
    }

    /** heapq._siftup: bubbles the smaller child up until a leaf, then sifts the item into place. */
    private static void siftUp(ArrayList<PyObject> heap, int pos) {
        int end = heap.size();
        int start = pos;
        PyObject item = heap.get(pos);
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && !Ops.ltBool(heap.get(child), heap.get(right))) {
                child = right;
            }
            heap.set(pos, heap.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        heap.set(pos, item);
        siftDown(heap, start, pos);
    }
}
