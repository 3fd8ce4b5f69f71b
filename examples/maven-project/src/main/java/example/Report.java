package example;

import dev.weft.embed.Python;
import dev.weft.embed.PythonException;
import dev.weft.embed.PythonObject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Java calling the compiled Python package {@code wordfreq}. */
public final class Report {
    public static void main(String[] args) throws IOException {
        String text = Files.readString(Path.of(args.length > 0 ? args[0] : "README.md"));
        PythonObject wordfreq = Python.importModule("wordfreq");

        // A list of (word, count) tuples arrives as a List of Lists.
        List<Object> top = wordfreq.invoke("top_words", text, 3).asList();
        for (Object pair : top) {
            List<?> wc = (List<?>) pair;
            System.out.println(wc.get(0) + " x" + wc.get(1));
        }
        Map<Object, Object> summary = wordfreq.invoke("summary", text).asMap();
        System.out.println("summary: " + summary);

        // wordfreq/typed.py declares @weft.java_class("example.WordCounter"): a typed Java class.
        WordCounter counter = new WordCounter(text);
        System.out.println("distinct words: " + counter.distinct());
        List<String> longest = counter.longest(3);   // a Python subclass of java.util.AbstractList
        Collections.sort(longest);                   // sorted by Java, through the Python get/set
        System.out.println("longest: " + longest);

        try {
            wordfreq.invoke("top_words", 42);
        } catch (PythonException e) {
            System.out.println("Python raised " + e.pythonType() + ": " + e.pythonMessage());
        }
    }
}
