package dev.weft.maven;

import dev.weft.cli.build.RunnableJarWriter;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Packages a runnable jar: the project's classes (compiled Python and anything else in the
 * class output directory), its runtime dependencies, the Weft runtime and the compiled standard
 * library (dev.weft:weft-stdlib, the plugin's own if the project does not depend on it), all
 * inside one jar whose main class runs {@code mainModule} as {@code __main__}:
 * {@code java -jar target/NAME-app.jar ARGS...}. Exit status as CPython's.
 */
@Mojo(name = "jar", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class JarMojo extends AbstractMojo {

    /**
     * The module run as {@code __main__}: a dotted module name under the Python source root
     * ({@code app} for {@code src/main/python/app.py}, {@code tool.cli} for {@code tool/cli.py}).
     */
    @Parameter(property = "weft.mainModule", required = true)
    private String mainModule;

    /** The jar to write. */
    @Parameter(property = "weft.outputFile",
            defaultValue = "${project.build.directory}/${project.build.finalName}-app.jar", required = true)
    private File outputFile;

    /** The classes to package (where the {@code compile} goal put them). */
    @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
    private File classesDirectory;

    /** Whether the project's runtime-scope dependencies are unpacked into the jar too. */
    @Parameter(property = "weft.includeDependencies", defaultValue = "true")
    private boolean includeDependencies;

    /**
     * Whether the jar carries Weft's compiler, which the runtime loads only when the program calls
     * {@code exec}, {@code eval} or {@code compile} on source (about 1.3 MB); without it those
     * calls raise NotImplementedError.
     */
    @Parameter(property = "weft.includeCompiler", defaultValue = "true")
    private boolean includeCompiler;

    /** Whether to attach the jar to the project (installed and deployed with classifier {@code classifier}). */
    @Parameter(property = "weft.attach", defaultValue = "false")
    private boolean attach;

    /** The classifier of the attached jar. */
    @Parameter(defaultValue = "app")
    private String classifier;

    /** Skips packaging. */
    @Parameter(property = "weft.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the runnable jar (weft.skip)");
            return;
        }
        if (!mainModule.matches("[\\p{L}_][\\p{L}\\p{N}_]*(\\.[\\p{L}_][\\p{L}\\p{N}_]*)*")) {
            throw new MojoFailureException("mainModule '" + mainModule + "' is not a dotted Python module name");
        }
        String base = "py/" + mainModule.replace('.', '/');
        if (!new File(classesDirectory, base + ".class").isFile()
                && !new File(classesDirectory, base + "/__init__.class").isFile()) {
            throw new MojoFailureException("mainModule '" + mainModule + "' was not compiled: no class " + base
                    + ".class in " + classesDirectory + " (is the weft compile goal bound, and is the module under "
                    + "the Python source directory?)");
        }
        RunnableJarWriter writer = new RunnableJarWriter(mainModule);
        List<String> added = new ArrayList<>();
        try {
            writer.addDirectory(classesDirectory.toPath());
            if (includeDependencies) {
                for (Artifact a : project.getArtifacts()) {
                    if (a.getFile() != null && a.getArtifactHandler().isAddedToClasspath()
                            && !Artifact.SCOPE_TEST.equals(a.getScope()) && !Artifact.SCOPE_PROVIDED.equals(a.getScope())
                            && !Artifact.SCOPE_SYSTEM.equals(a.getScope())) {
                        writer.addJarOrDirectory(a.getFile().toPath());
                        added.add(a.getArtifactId());
                    }
                }
            }
            if (!writer.hasRuntime()) {
                writer.addRuntime();
                added.add("weft-runtime (from the plugin)");
            }
            if (!writer.hasStdlib() && RunnableJarWriter.stdlibLocation() != null) {
                writer.addStdlib();
                added.add("weft-stdlib (from the plugin)");
            }
            if (includeCompiler) {
                writer.addRuntimeCompiler();
                added.add("the compiler for exec/eval/compile (from the plugin)");
            }
            writer.write(outputFile.toPath());
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Cannot write " + outputFile + ": " + e, e);
        }
        getLog().info("Runnable jar: " + outputFile + " (main module " + mainModule
                + (added.isEmpty() ? "" : "; with " + String.join(", ", added)) + ")");
        if (attach) {
            projectHelper.attachArtifact(project, "jar", classifier, outputFile);
        }
    }
}
