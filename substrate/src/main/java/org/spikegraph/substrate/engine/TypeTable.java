package org.spikegraph.substrate.engine;

import java.util.List;
import org.spikegraph.substrate.neuron.NeuronType;

/**
 * A network's neuron types as the event engine reads them: one {@link TypeConstants} record per
 * type index. The arithmetic is {@link org.spikegraph.substrate.neuron.NeuronRules}', shared with
 * {@link NeuronType} and so with the reference engine; the equivalence properties check that both
 * engines agree.
 */
final class TypeTable {

    /** The constants of type t at index t. */
    final TypeConstants[] byType;
    /** Some type has a finite refractory period &gt; 0, so the engine needs per-neuron countdowns. */
    final boolean countsDown;
    /** Some type is stochastic (a fire chance strictly between 0 and {@link NeuronType#ALWAYS}): the engine draws. */
    final boolean draws;
    /**
     * Every type is a fire-once latch ({@link TypeConstants#LATCH}; at least one type): a neuron
     * that has spiked drops all later input (a wavefront's circuit).
     */
    final boolean latchesOnly;

    TypeTable(List<NeuronType> types) {
        byType = new TypeConstants[types.size()];
        boolean countdown = false;
        boolean draw = false;
        boolean latches = !types.isEmpty();
        for (int t = 0; t < byType.length; t++) {
            byType[t] = TypeConstants.of(types.get(t));
            countdown |= types.get(t).refractory() > 0;
            int chance = types.get(t).fireChance();
            draw |= chance > 0 && chance != NeuronType.ALWAYS;
            latches &= byType[t].path() == TypeConstants.LATCH;
        }
        countsDown = countdown;
        draws = draw;
        latchesOnly = latches;
    }

    /** Number of types. */
    int size() {
        return byType.length;
    }
}
