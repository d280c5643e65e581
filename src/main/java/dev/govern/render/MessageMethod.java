package dev.govern.render;

import dev.govern.i18n.Messages;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.utility.StringUtil;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;

/**
 * {@code ${t("nav.controls")}} in templates: a message of the build's language, with arguments
 * ({@code ${t("cover.as_of", info.asOf.date)}}). When the key has counted forms ({@code KEY.one},
 * {@code KEY.other}) the first argument is the count: {@code ${t("count.controls", n)}}. A key no
 * bundle has fails the page with the template's file and line, never prints the key.
 */
final class MessageMethod implements TemplateMethodModelEx {
  private final Messages messages;

  MessageMethod(Messages messages) {
    this.messages = messages;
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.isEmpty()) {
      throw new TemplateModelException("t(…) needs the key of a message");
    }
    Object first = DeepUnwrap.unwrap((TemplateModel) arguments.get(0));
    if (!(first instanceof String key)) {
      throw new TemplateModelException("t(…): the key must be text, e.g. t(\"nav.controls\")");
    }
    Object[] args = new Object[arguments.size() - 1];
    java.util.Map<String, String> markup = new java.util.LinkedHashMap<>();
    for (int i = 1; i < arguments.size(); i++) {
      TemplateModel arg = (TemplateModel) arguments.get(i);
      if (arg instanceof TemplateMarkupOutputModel<?> html) {
        // Markup a template captured (<#assign x>…</#assign>): it goes in as it is, and the message
        // around it is escaped here, so the result is markup too and nothing is escaped twice.
        String token = "\uE000" + i + "\uE001";
        markup.put(token, markupOf(html));
        args[i - 1] = token;
      } else {
        args[i - 1] = DeepUnwrap.unwrap(arg);
      }
    }
    if (!markup.isEmpty()) {
      String text = StringUtil.XHTMLEnc(message(key, args).toString());
      for (var e : markup.entrySet()) {
        text = text.replace(e.getKey(), e.getValue());
      }
      return HTMLOutputFormat.INSTANCE.fromMarkup(text);
    }
    return message(key, args);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String markupOf(TemplateMarkupOutputModel<?> model) throws TemplateModelException {
    return ((freemarker.core.MarkupOutputFormat) model.getOutputFormat()).getMarkupString((TemplateMarkupOutputModel) model);
  }

  private Object message(String key, Object[] args) throws TemplateModelException {
    try {
      if (messages.counted(key)) {
        if (args.length == 0 || !(args[0] instanceof Number count)) {
          throw new TemplateModelException("t(\"" + key + "\", …): a counted message takes the count first");
        }
        Object[] rest = new Object[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return messages.plural(key, count.longValue(), rest);
      }
      return messages.get(key, args);
    } catch (Messages.MissingMessage e) {
      throw new TemplateModelException(e.getMessage());
    }
  }
}
