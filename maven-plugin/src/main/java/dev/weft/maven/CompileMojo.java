package dev.weft.maven;

import dev.weft.backend.build.CompileProblem;
import dev.weft.backend.build.IncrementalCompiler;
import dev.weft.backend.build.SourceModule;
import dev.weft.backend.build.SourceTree;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.util.List;

/**
 * Compiles the project's Python sources to JVM classes in the build output directory (module
 * {@code a.b} becomes class {@code py.a.b}), next to the Java classes, so they are packaged
 * into the project's jar. Incremental: only sources whose content changed since the last build
 * are compiled again, and the classes of deleted sources are removed. Every compile error of
 * the run is reported as {@code [ERROR] /path/file.py:[line,column] message} and fails the build.
 *
 * <p>Bound by default to {@code process-sources}, before {@code javac}: Python code needs no Java
 * class to compile, and the Java classes emitted for {@code @weft.java_class} declarations must
 * exist when the project's Java sources that use them are compiled. An execution may name
 * another phase in its {@code phase} element (phase {@code compile} runs it after {@code javac})
 * when the Java sources use no emitted class.
 *
 * <p>The compiled classes need the Weft runtime ({@code dev.weft:weft-runtime}) at run time:
 * declare it as a dependency of the project (this goal checks that it is there).
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.PROCESS_SOURCES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class CompileMojo extends AbstractMojo {

    /** The directory holding the Python sources: a source root whose subdirectories are packages. */
    @Parameter(property = "weft.sourceDirectory", defaultValue = "${project.basedir}/src/main/python", required = true)
    private File sourceDirectory;

    /**
     * Patterns (relative to {@code sourceDirectory}, Ant style) of the sources to compile.
     * Default: every {@code .py} file ({@code **}{@code /*.py}).
     */
    @Parameter
    private List<String> includes;

    /** Patterns (relative to {@code sourceDirectory}, Ant style) of sources to leave out, e.g. {@code **}{@code /test_*.py}. */
    @Parameter
    private List<String> excludes;

    /** Where the classes are written: by default the project's class output directory, so the jar contains them. */
    @Parameter(property = "weft.outputDirectory", defaultValue = "${project.build.outputDirectory}", required = true)
    private File outputDirectory;

    /**
     * The file recording what the last build compiled (content hashes and class names), for
     * incremental builds. Deleting it (or {@code mvn clean}) recompiles everything.
     */
    @Parameter(defaultValue = "${project.build.directory}/weft/compile-state.txt", required = true)
    private File stateFile;

    /**
     * Whether to fail when the project does not depend on {@code dev.weft:weft-runtime}, which
     * the compiled classes need at run time. Turn off if the runtime is provided another way.
     */
    @Parameter(property = "weft.checkRuntimeDependency", defaultValue = "true")
    private boolean checkRuntimeDependency;

    /** Skips compilation. */
    @Parameter(property = "weft.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Weft compilation (weft.skip)");
            return;
        }
        if (!sourceDirectory.isDirectory()) {
            getLog().info("No Python sources: " + sourceDirectory + " does not exist");
            return;
        }
        if (checkRuntimeDependency) {
            checkRuntime();
        }
        List<SourceModule> modules;
        try {
            modules = new SourceTree(sourceDirectory.toPath(), includes, excludes).modules();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the Python sources in " + sourceDirectory + ": " + e, e);
        }
        IncrementalCompiler.Outcome outcome;
        try {
            outcome = IncrementalCompiler.compile(modules, outputDirectory.toPath(), stateFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write Python classes to " + outputDirectory + ": " + e, e);
        }
        int attempted = outcome.compiled().size() + outcome.problems().size();
        if (attempted == 0) {
            getLog().info("Nothing to compile - all " + outcome.upToDate() + " Python modules are up to date");
        } else {
            getLog().info("Compiling " + attempted + " Python module" + (attempted == 1 ? "" : "s") + " to "
                    + outputDirectory + " (" + outcome.upToDate() + " up to date)");
        }
        if (!outcome.removedClasses().isEmpty()) {
            getLog().info("Removed " + outcome.removedClasses().size() + " class"
                    + (outcome.removedClasses().size() == 1 ? "" : "es") + " of deleted Python sources");
        }
        if (!outcome.ok()) {
            reportAndFail(outcome.problems());
        }
    }

    private void checkRuntime() throws MojoFailureException {
        for (Artifact a : project.getArtifacts()) {
            if ("dev.weft".equals(a.getGroupId()) && "weft-runtime".equals(a.getArtifactId())) {
                return;
            }
        }
        String version = pluginVersion == null ? "VERSION" : pluginVersion;
        throw new MojoFailureException("The project does not depend on the Weft runtime, which compiled Python "
                + "classes need at run time. Add to the project's <dependencies>:\n"
                + "    <dependency>\n"
                + "      <groupId>dev.weft</groupId>\n"
                + "      <artifactId>weft-runtime</artifactId>\n"
                + "      <version>" + version + "</version>\n"
                + "    </dependency>\n"
                + "(or set <checkRuntimeDependency>false</checkRuntimeDependency> if the runtime is provided otherwise)");
    }

    private void reportAndFail(List<CompileProblem> problems) throws MojoFailureException {
        getLog().error("COMPILATION ERROR : ");
        StringBuilder all = new StringBuilder();
        for (CompileProblem p : problems) {
            getLog().error(p.toBuildToolLine());
            all.append('\n').append(p.toBuildToolLine());
        }
        getLog().info(problems.size() + " error" + (problems.size() == 1 ? "" : "s"));
        throw new MojoFailureException("Python compilation failure" + all);
    }
}
