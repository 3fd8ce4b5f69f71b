package example;

/** A Java class the Python code uses. */
public class Greeter {
    private final String salutation;
    public int greeted;

    public Greeter(String salutation) {
        this.salutation = salutation;
    }

    public String greet(String name) {
        greeted++;
        return salutation + ", " + name;
    }
}
