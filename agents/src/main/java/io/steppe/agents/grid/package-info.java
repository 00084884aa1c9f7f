/** The power grid: regions, dispatch in daily blocks, imports, load shedding, and the operator's rationing. */
package io.steppe.agents.grid;
