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

    TypeTable(List<NeuronType> types) {
        byType = new TypeConstants[types.size()];
        boolean countdown = false;
        for (int t = 0; t < byType.length; t++) {
            byType[t] = TypeConstants.of(types.get(t));
            countdown |= types.get(t).refractory() > 0;
        }
        countsDown = countdown;
    }

    /** Number of types. */
    int size() {
        return byType.length;
    }
}
