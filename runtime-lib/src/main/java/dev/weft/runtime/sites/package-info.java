/** Inline caches for generated call sites, guarded by receiver type and type version. */
package dev.weft.runtime.sites;
