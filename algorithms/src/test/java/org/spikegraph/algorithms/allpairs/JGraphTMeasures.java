package org.spikegraph.algorithms.allpairs;

import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.alg.shortestpath.GraphMeasurer;

/**
 * JGraphT's answers for the checks: closeness, harmonic centrality, eccentricity, radius, diameter and
 * centre. {@link GraphMeasurer} gets a Dijkstra that keeps the last source's paths (it asks for every
 * pair source by source), so it costs n Dijkstras rather than Floyd-Warshall's n&sup3;.
 */
record JGraphTMeasures<E>(Map<Integer, Double> closeness, Map<Integer, Double> harmonic,
                          Map<Integer, Double> eccentricity, double radius, double diameter, Set<Integer> centre) {

    static <E> JGraphTMeasures<E> of(Graph<Integer, E> g) {
        GraphMeasurer<Integer, E> m = new GraphMeasurer<>(g, new LastSourceDijkstra<>(g));
        return new JGraphTMeasures<>(new ClosenessCentrality<>(g).getScores(), new HarmonicCentrality<>(g).getScores(),
                m.getVertexEccentricityMap(), m.getRadius(), m.getDiameter(), m.getGraphCenter());
    }

    /** Dijkstra keeping the single-source paths of the last source asked about. */
    private static final class LastSourceDijkstra<E> implements ShortestPathAlgorithm<Integer, E> {
        private final DijkstraShortestPath<Integer, E> dijkstra;
        private Integer source;
        private SingleSourcePaths<Integer, E> paths;

        LastSourceDijkstra(Graph<Integer, E> g) {
            dijkstra = new DijkstraShortestPath<>(g);
        }

        @Override
        public SingleSourcePaths<Integer, E> getPaths(Integer s) {
            if (!s.equals(source)) {
                source = s;
                paths = dijkstra.getPaths(s);
            }
            return paths;
        }

        @Override
        public GraphPath<Integer, E> getPath(Integer s, Integer t) {
            return getPaths(s).getPath(t);
        }

        @Override
        public double getPathWeight(Integer s, Integer t) {
            return getPaths(s).getWeight(t);
        }
    }
}
