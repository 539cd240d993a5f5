package org.quire.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates and stylesheets a book is laid out with: the author's folders first (each only if
 * it exists, the first listed wins), then the built-in theme on the classpath. Files override by
 * name, so an author copies {@code chapter.ftlx} or {@code style.css} and edits it.
 */
public final class Theme {
    /** Where the built-in theme lives on the classpath. */
    public static final String BUILT_IN = "/org/quire/theme/";
    /** Shown as the folder of a built-in template in diagnostics. */
    static final Path BUILT_IN_LABEL = Path.of("quire-theme");

    private final List<Path> folders;
    /** Made when a template is first rendered: a theme read only for its fonts or patterns needs none. */
    private volatile Configuration configuration;
    private final Map<String, Optional<byte[]>> resources = new ConcurrentHashMap<>();
    private final Map<String, Labels> labels = new ConcurrentHashMap<>();

    public Theme(List<Path> authorFolders) throws IOException {
        this.folders = authorFolders.stream()
                .filter(Files::isDirectory) // a linked folder is checked before, by the build (LINK-OUTSIDE)
                .map(folder -> folder.toAbsolutePath().normalize()).toList();
    }

    /** The built-in theme alone. */
    public static Theme builtIn() throws IOException {
        return new Theme(List.of());
    }

    Configuration configuration() throws IOException {
        Configuration made = configuration;
        if (made == null) {
            synchronized (this) {
                made = configuration;
                if (made == null) {
                    made = configure(folders);
                    configuration = made;
                }
            }
        }
        return made;
    }

    /** A non-template file of the theme (a stylesheet, fonts, patterns), author's copy first. */
    public byte[] resource(String name) throws IOException {
        return findResource(name).orElseThrow(() -> new IOException("the theme has no file named " + name));
    }

    /**
     * Like {@link #resource}, empty when neither the author nor the built-in theme has the file.
     * A theme lives for one build run and serves every story of it, so each file is read once.
     */
    public Optional<byte[]> findResource(String name) throws IOException {
        Optional<byte[]> cached = resources.get(name);
        if (cached == null) {
            Optional<Path> author = authorFile(name);
            cached = author.isPresent() ? Optional.of(Files.readAllBytes(author.get())) : builtIn(name);
            resources.put(name, cached);
        }
        return cached;
    }

    /**
     * Every copy of a file, the built-in one first and the nearest author's last, for files
     * such as labels where a writer changes a few entries and keeps the rest.
     */
    public List<byte[]> layers(String name) throws IOException {
        List<byte[]> layers = new ArrayList<>();
        builtIn(name).ifPresent(layers::add);
        for (int i = folders.size() - 1; i >= 0; i--) {
            Optional<Path> file = inside(folders.get(i), name);
            if (file.isPresent()) {
                layers.add(Files.readAllBytes(file.get()));
            }
        }
        return layers;
    }

    /** The story's labels in its language, read once per language (see {@link Labels}). */
    public Labels labels(String languageTag) throws IOException {
        Labels cached = labels.get(languageTag);
        if (cached == null) {
            cached = Labels.of(this, languageTag);
            labels.put(languageTag, cached);
        }
        return cached;
    }

    /** The author's folders, first wins (for fonts a writer adds to the theme). */
    public List<Path> authorFolders() {
        return folders;
    }

    /** The file a template was loaded from, for messages: the author's copy or the built-in one. */
    public Path sourceOf(String name) {
        return authorFile(name).orElse(BUILT_IN_LABEL.resolve(name));
    }

    private Optional<Path> authorFile(String name) {
        for (Path folder : folders) {
            Optional<Path> file = inside(folder, name);
            if (file.isPresent()) {
                return file;
            }
        }
        return Optional.empty();
    }

    /**
     * {@code folder/name} when it is a file really inside the folder: no {@code ..}, and a link
     * only when it stays inside, as FreeMarker's own loader checks templates.
     */
    private static Optional<Path> inside(Path folder, String name) {
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return file.toRealPath().startsWith(folder.toRealPath()) ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> builtIn(String name) throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream(BUILT_IN + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }

    private static Configuration configure(List<Path> folders) throws IOException {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        for (Path folder : folders) {
            loaders.add(new FileTemplateLoader(folder.toFile())); // refuses paths that leave the folder
        }
        loaders.add(new ClassTemplateLoader(Theme.class, BUILT_IN));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        config.setRecognizeStandardFileExtensions(true); // .ftlx: XML auto-escaping of every ${value}
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        // Templates may be written by anyone who sends a story: no Java classes, no ?api.
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        return config;
    }
}
