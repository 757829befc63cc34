/** Page bytes to text: the charset given, or one of the charsets Chinese pages are written in. */
package io.github.baozhi.internal.decode;
