package example;

import dev.weft.embed.Python;
import dev.weft.embed.PythonException;
import dev.weft.embed.PythonObject;

import java.util.List;
import java.util.Map;

/** Calls the compiled Python module {@code stats} from Java. */
public class Main {
    public static void main(String[] args) {
        PythonObject stats = Python.importModule("stats");

        double mean = stats.invoke("mean", List.of(1, 2, 3, 4)).asDouble();
        System.out.println("mean = " + mean);

        Map<Object, Object> summary = stats.invoke("summary", List.of(3, 1, 2)).asMap();
        System.out.println("summary = " + summary);

        PythonObject counter = stats.getAttr("WordCounter").call();
        counter.invoke("add", "to be or not to be");
        System.out.println("top = " + counter.invoke("top", 2).toJava());

        System.out.println("greetings = " + stats.invoke("greet_all", List.of("Ada", "Alan")).asString());
        System.out.println("parallel = " + stats.invoke("squares_in_parallel", 5).toJava());

        Runnable task = stats.getAttr("note").asInterface(Runnable.class);
        task.run();

        // A Python class compiled to the typed Java class example.TextStats: no reflection here.
        TextStats text = new TextStats("to be or not to be");
        long words = text.count();
        List<?> top = text.top(2);
        System.out.println("typed: " + text + ", " + words + " words, top " + top);
        // Python subclasses of the Java class Shape, used through Shape's own Java code.
        @SuppressWarnings("unchecked")
        List<Shape> shapes = (List<Shape>) text.shapes();
        for (Shape s : shapes) {
            System.out.println("shape: " + s.describe());
        }
        System.out.println("total area = " + Shape.totalArea(shapes));
        System.out.println("biggest = " + text.biggest().describe());

        try {
            stats.invoke("mean", List.of());
        } catch (PythonException e) {
            System.out.println("caught " + e.pythonType() + ": " + e.pythonMessage());
            String tb = e.pythonTraceback();
            System.out.println("traceback mentions stats.py: " + tb.contains("stats.py"));
            System.out.println("last line: " + tb.strip().lines().reduce((a, b) -> b).orElse(""));
        }
    }
}
