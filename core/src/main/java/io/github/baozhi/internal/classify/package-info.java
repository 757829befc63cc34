/** Stage 5: tells running text, headline-like units and standalone bylines apart. */
package io.github.baozhi.internal.classify;
