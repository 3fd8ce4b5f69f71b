/** The {@code builtins} module. */
package dev.weft.runtime.builtins;
