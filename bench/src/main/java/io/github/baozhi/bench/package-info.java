/** JMH benchmarks of the parser and of each pipeline stage; run them with {@code bench/run.sh}. */
package io.github.baozhi.bench;
