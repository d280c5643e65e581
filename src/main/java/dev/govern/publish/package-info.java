/** Publishing: writing the site and the PDF so that a failed build never loses the previous site. */
package dev.govern.publish;
