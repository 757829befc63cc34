/** Character classes shared by the pipeline stages: display width, script and punctuation roles. */
package io.github.baozhi.internal.text;
