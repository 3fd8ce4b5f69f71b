/** Generators and coroutines: the runtime side of compiled state machines. */
package dev.weft.runtime.gen;
