/** A minimal io layer: text and binary file objects, {@code open()}, the standard streams. */
package dev.weft.runtime.io;
