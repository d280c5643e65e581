package dev.govern.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * FreeMarker, hardened: HTML auto-escaping everywhere ({@code .ftlh}), {@code ?new} and {@code ?api}
 * disabled, errors rethrown (never written into a page, never logged), and a time limit per page.
 *
 * <p>Templates come from the governance repo's own {@code templates/} first, then from the jar, so
 * an organisation can override any single file to brand its site.
 */
public final class Templates {
  /** How long one page may take before the build stops with an error (a runaway loop in an override). */
  public static final Duration PAGE_TIME_LIMIT = Duration.ofSeconds(20);
  /**
   * A system property, then an environment variable, that replace {@link #PAGE_TIME_LIMIT} with a
   * whole number of seconds (1 to 3600): a slow CI machine may need more, and the tests of the time
   * limit need less. Other values are ignored.
   */
  public static final String TIME_LIMIT_PROPERTY = "govern.template.timeout.seconds";
  public static final String TIME_LIMIT_ENV = "GOVERN_TEMPLATE_TIMEOUT_SECONDS";

  static {
    // Template errors reach people as build errors; FreeMarker must not log them anywhere else.
    System.setProperty("org.freemarker.loggerLibrary", "none");
  }

  /**
   * The threads pages render on. A page runs on one of these rather than on the caller's thread so
   * that it can be stopped for real: the caller waits at most the time limit, then interrupts the
   * page (FreeMarker's interruption checks stop loops and directives there), and a page still
   * running after {@link #GRACE} — a built-in that never checks, such as {@code ?matches} with a
   * catastrophic regular expression — is stopped outright.
   */
  private static final ExecutorService PAGES = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "govern-template");
    t.setDaemon(true);
    return t;
  });

  /** How long an interrupted page may take to notice before it is stopped outright. */
  static final Duration GRACE = Duration.ofSeconds(1);

  private final Configuration cfg;
  private final Duration timeLimit;
  /**
   * Templates that already carry interruption checks. Adding them edits the template's tree and is
   * not idempotent, so it must happen once per template, before any thread renders it: done on every
   * render, concurrent pages duplicated whole sections of a page.
   */
  private final Set<Template> interruptible = Collections.newSetFromMap(new IdentityHashMap<>());

  private Templates(Configuration cfg, Duration timeLimit) {
    this.cfg = cfg;
    this.timeLimit = timeLimit;
  }

  /** No template needs more; a larger override is refused before it is read. */
  static final long MAX_TEMPLATE_BYTES = 4L * 1024 * 1024;

  /**
   * The repo's templates/, refusing files no template can be: larger than
   * {@link #MAX_TEMPLATE_BYTES} (read whole into memory otherwise). FileTemplateLoader itself takes
   * only regular files (a FIFO is not found, and the bundled template is used).
   */
  private static final class LimitedFileLoader extends FileTemplateLoader {
    LimitedFileLoader(java.io.File dir) throws IOException {
      super(dir, false);
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
      Object source;
      try {
        source = super.findTemplateSource(name);
      } catch (SecurityException e) {
        // FileTemplateLoader's own refusal of a file that resolves outside templates/ (a link): its
        // message names the Java exception and both real paths.
        throw new IOException("templates/" + name + " links to a place outside templates/; copy the template"
            + " into the folder instead");
      }
      if (source instanceof java.io.File file && file.length() > MAX_TEMPLATE_BYTES) {
        throw new IOException("templates/" + name + " is larger than " + (MAX_TEMPLATE_BYTES >> 20) + " MiB");
      }
      return source;
    }
  }

  /** {@link #PAGE_TIME_LIMIT}, unless {@link #TIME_LIMIT_PROPERTY} or {@link #TIME_LIMIT_ENV} says otherwise. */
  static Duration timeLimit(String property, String env) {
    for (String value : new String[] {property, env}) {
      if (value != null && value.strip().matches("\\d{1,4}")) {
        int seconds = Integer.parseInt(value.strip());
        if (seconds >= 1 && seconds <= 3600) {
          return Duration.ofSeconds(seconds);
        }
      }
    }
    return PAGE_TIME_LIMIT;
  }

  /**
   * @param overrides the governance repo's {@code templates/} folder; ignored when it does not exist
   */
  public static Templates create(Path overrides) throws IOException {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    TemplateLoader bundled = new ClassTemplateLoader(Templates.class.getClassLoader(), "templates");
    if (overrides != null && Files.isDirectory(overrides)) {
      // FileTemplateLoader refuses files that resolve outside its folder (symlinks included).
      FileTemplateLoader local = new LimitedFileLoader(overrides.toFile());
      cfg.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {local, bundled}));
    } else {
      cfg.setTemplateLoader(bundled);
    }
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    // Records and enums read as properties: ${control.id}, ${control.status.label}.
    wrapper.setDefaultZeroArgumentNonVoidMethodPolicy(
        ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
    wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
        ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
    wrapper.setExposeFields(false);
    cfg.setObjectWrapper(wrapper.build());
    return new Templates(cfg, timeLimit(System.getProperty(TIME_LIMIT_PROPERTY), System.getenv(TIME_LIMIT_ENV)));
  }

  /** Renders one template with the data model, within the time limit ({@link #PAGE_TIME_LIMIT} by default). */
  public String render(String name, Map<String, Object> model) throws RenderException {
    Template template;
    try {
      template = cfg.getTemplate(name);
    } catch (TemplateNotFoundException e) {
      throw new RenderException("template " + name + " not found (neither in templates/ nor bundled)");
    } catch (freemarker.core.ParseException e) {
      throw syntaxError(name, e);
    } catch (IOException e) {
      throw new RenderException("template " + name + " cannot be read: " + e.getMessage());
    }
    synchronized (interruptible) {
      if (interruptible.add(template)) {
        _CoreAPI.addThreadInterruptedChecks(template);
      }
    }
    Page page = new Page(template, model);
    Future<String> result = PAGES.submit(page);
    try {
      return result.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      page.stop();
      throw new RenderException("template " + name + " took longer than " + timeLimit.toSeconds()
          + " s and was stopped (a loop that never ends, or a regular expression that backtracks without end?)");
    } catch (ExecutionException e) {
      throw describe(name, e.getCause());
    } catch (InterruptedException e) {
      page.stop();
      Thread.currentThread().interrupt();
      throw new RenderException("template " + name + " was stopped: the build was interrupted");
    }
  }

  /** One page being rendered on a {@link #PAGES} thread, and how to stop it. */
  private static final class Page implements Callable<String> {
    private final Template template;
    private final Map<String, Object> model;
    private final CountDownLatch done = new CountDownLatch(1);
    /** The thread rendering the page, while it does; guarded by this. */
    private Thread thread;
    private boolean finished;

    Page(Template template, Map<String, Object> model) {
      this.template = template;
      this.model = model;
    }

    @Override
    public String call() throws TemplateException, IOException {
      synchronized (this) {
        thread = Thread.currentThread();
      }
      try {
        StringWriter out = new StringWriter();
        template.process(model, out);
        return out.toString();
      } finally {
        synchronized (this) {
          finished = true;
          thread = null;
        }
        Thread.interrupted(); // the pool thread goes on to other pages
        done.countDown();
      }
    }

    /**
     * Interrupts the page, and stops its thread when the interruption is not noticed within
     * {@link #GRACE}. Thread.stop is the only way to end a computation that never checks (the
     * regular expression engine does not); the page's partial output is thrown away and the
     * build fails, so nothing it half-updated is used. On a Java without Thread.stop the page is
     * abandoned on its daemon thread and the build still fails at once.
     */
    @SuppressWarnings({"deprecation", "removal"})
    void stop() {
      synchronized (this) {
        if (finished || thread == null) {
          return;
        }
        thread.interrupt();
      }
      try {
        if (done.await(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      synchronized (this) {
        if (!finished && thread != null) {
          try {
            thread.stop();
          } catch (UnsupportedOperationException e) {
            // Java 20 and later: the page runs on, on a daemon thread, until the process ends.
          }
        }
      }
    }
  }

  /**
   * A template that does not parse, at its own file and line: an override imported by a bundled
   * template is named itself, with FreeMarker's message, not as the bundled file's failed import.
   */
  private static RenderException syntaxError(String name, freemarker.core.ParseException e) {
    String where = e.getTemplateName() != null ? e.getTemplateName() : name;
    return new RenderException("templates/" + where + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
        + ": template syntax error: " + firstLine(e.getEditorMessage()));
  }

  private static RenderException describe(String name, Throwable cause) {
    // An override that does not parse, imported or included by another template, fails that
    // template with a message whose first line only says the import failed: name the override.
    for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof freemarker.core.ParseException parse) {
        return syntaxError(name, parse);
      }
    }
    if (cause instanceof TemplateException te) {
      String where = te.getTemplateSourceName() == null ? name : te.getTemplateSourceName();
      String position = te.getLineNumber() == null ? "" : ":" + te.getLineNumber() + ":" + te.getColumnNumber();
      String what = te.getBlamedExpressionString() != null && te instanceof freemarker.core.InvalidReferenceException
          ? "'" + te.getBlamedExpressionString() + "' is missing or null"
          : withoutJavaNames(firstLine(te.getMessageWithoutStackTop()));
      if (what.contains("api_builtin_enabled")) {
        // FreeMarker's own text suggests turning the setting on, which a governance repo cannot do.
        what = "?api is not allowed in templates (it would reach the Java methods behind the data)";
      }
      return new RenderException("templates/" + where + position + ": template error: " + what);
    }
    if (cause instanceof StackOverflowError) {
      return new RenderException("templates/" + name + ": a macro or function calls itself without end"
          + " (the stack overflowed)");
    }
    if (cause instanceof OutOfMemoryError) {
      return new RenderException("template " + name + " used too much memory and was stopped");
    }
    String message = cause.getMessage() == null ? "" : withoutJavaNames(firstLine(cause.getMessage()));
    return new RenderException("template " + name + " failed" + (message.isEmpty() ? "" : ": " + message), cause);
  }

  /**
   * Java exception names mean nothing to the author of a template, and FreeMarker quotes them in
   * some messages ("java.lang.NumberFormatException: …").
   */
  private static final java.util.regex.Pattern JAVA_NAME = java.util.regex.Pattern.compile(
      "\\(?(?:class )?\\b(?:[a-z_][\\w$]*\\.)*[A-Z][\\w$]*(?:Exception|Error)\\b\\)?:? ?");

  static String withoutJavaNames(String message) {
    return JAVA_NAME.matcher(message).replaceAll("").strip();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    String trimmed = s.strip();
    int nl = trimmed.indexOf('\n');
    return nl < 0 ? trimmed : trimmed.substring(0, nl);
  }
}
