package example;

import java.util.List;

/** An abstract Java class that Python classes extend (shapes.py); its own code calls their overrides. */
public abstract class Shape {
    private final String name;
    protected int corners;

    protected Shape(String name, int corners) {
        this.name = name;
        this.corners = corners;
    }

    public abstract double area();

    public String describe() {
        return name + " (" + corners + " corners) of area " + area();
    }

    public static double totalArea(List<? extends Shape> shapes) {
        double total = 0;
        for (Shape s : shapes) {
            total += s.area();
        }
        return total;
    }
}
