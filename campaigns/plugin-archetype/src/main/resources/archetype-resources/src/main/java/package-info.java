/**
 * A Steppe plugin: greenhouses heated by mining rigs (an agent population that draws from the
 * grid), a heat subsidy (a policy and its lever), and a winter-first government (a doctrine).
 */
package ${package};
