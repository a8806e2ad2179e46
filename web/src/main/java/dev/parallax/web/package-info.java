/** The Parallax application: REST API, pages and the command line. */
package dev.parallax.web;
