/** Benchmarks: mains that measure throughput and latency; never run as tests. */
package dev.parallax.bench;
