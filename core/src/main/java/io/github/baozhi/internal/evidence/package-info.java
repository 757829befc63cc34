/** The weights and limits the structure stages weigh their evidence by, named in one place. */
package io.github.baozhi.internal.evidence;
