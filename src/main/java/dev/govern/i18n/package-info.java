/**
 * The words govern writes into the site and the PDF, in the reader's language: message bundles
 * (UTF-8 {@code .properties}, shipped for every language govern supports and overridable key by key
 * from a governance repo's {@code templates/}), the language tag that picks one, and the fixed date
 * and number formats of each bundle. Nothing here reads the machine's default locale: the same
 * input gives the same words and digits on every machine.
 */
package dev.govern.i18n;
