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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

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

  /** One thread for every page's time limit: it only interrupts pages that run too long. */
  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "govern-template-watchdog");
    t.setDaemon(true);
    return t;
  });

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
      FileTemplateLoader local = new FileTemplateLoader(overrides.toFile(), false);
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
      throw new RenderException("templates/" + name + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
          + ": template syntax error: " + firstLine(e.getEditorMessage()));
    } catch (IOException e) {
      throw new RenderException("template " + name + " cannot be read: " + e.getMessage());
    }
    synchronized (interruptible) {
      if (interruptible.add(template)) {
        _CoreAPI.addThreadInterruptedChecks(template);
      }
    }
    // The page renders on the calling thread; a watchdog interrupts it at the time limit, and the
    // interruption checks added above stop the template there.
    Alarm alarm = new Alarm(Thread.currentThread());
    alarm.set(timeLimit);
    try {
      StringWriter out = new StringWriter();
      template.process(model, out);
      return out.toString();
    } catch (TemplateException | IOException | RuntimeException | Error e) {
      // Errors too (a macro that recurses without end overflows the stack): the thread goes on to
      // render other pages, so nothing may escape with the alarm still set.
      if (alarm.clear()) {
        throw new RenderException("template " + name + " took longer than " + timeLimit.toSeconds()
            + " s and was stopped (a loop that never ends?)");
      }
      throw describe(name, e);
    } finally {
      alarm.clear();
    }
  }

  /** Interrupts a thread at a time limit, unless cleared first. */
  private static final class Alarm {
    private final Thread thread;
    private ScheduledFuture<?> pending;
    private boolean rang;
    private boolean cleared;

    Alarm(Thread thread) {
      this.thread = thread;
    }

    synchronized void set(Duration limit) {
      pending = WATCHDOG.schedule(this::ring, limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void ring() {
      if (!cleared) {
        rang = true;
        thread.interrupt();
      }
    }

    /**
     * Stops the alarm; whether it rang, in which case the thread's interrupt is spent here. Calling
     * it again changes nothing.
     */
    synchronized boolean clear() {
      cleared = true;
      pending.cancel(false);
      if (rang) {
        Thread.interrupted();
      }
      return rang;
    }
  }

  private static RenderException describe(String name, Throwable cause) {
    if (cause instanceof TemplateException te) {
      String where = te.getTemplateSourceName() == null ? name : te.getTemplateSourceName();
      String position = te.getLineNumber() == null ? "" : ":" + te.getLineNumber() + ":" + te.getColumnNumber();
      String what = te.getBlamedExpressionString() != null && te instanceof freemarker.core.InvalidReferenceException
          ? "'" + te.getBlamedExpressionString() + "' is missing or null"
          : firstLine(te.getMessageWithoutStackTop());
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
    return new RenderException("template " + name + " failed: " + cause, cause);
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
