package org.psnmf.cli;

import java.util.List;
import java.util.Locale;

import org.psnmf.engine.nmf.NmfOptions;

/**
 * The Poisson NMF options shared by {@code psnmf run} and {@code psnmf sweep-bin}: declared once here (defaults taken
 * from {@link NmfOptions#defaults}) and read into {@link NmfOptions} by one method.
 */
final class NmfArgs {

    private static final NmfOptions DEFAULTS = NmfOptions.defaults(1);

    static final Option SUM_TO_ONE = Option.negatable("sum-to-one", DEFAULTS.sumToOne(),
            "abundances sum to one per pixel, or are free");
    static final Option INIT = Option.choice("init", "I", "initialisation: nndsvda, spa (successive projections) or "
            + "random", "nndsvda", "spa", "random").withDefault(DEFAULTS.init().name().toLowerCase(Locale.ROOT));
    static final Option RESTARTS = Option.integer("restarts", "R", "NMF runs, best objective kept")
            .withDefault(DEFAULTS.restarts());
    static final Option SMOOTHNESS = Option.number("smoothness", "S", "Laplacian smoothness of the abundances")
            .withDefault(DEFAULTS.smoothness());
    static final Option SEED = Option.longValue("seed", "S", "random seed").withDefault(DEFAULTS.seed());
    static final Option MAX_ITER = Option.integer("max-iter", "N", "iteration limit per NMF stage")
            .withDefault(DEFAULTS.maxIterations());
    static final Option TOL = Option.number("tol", "T", "relative objective decrease to stop; 0 = exactly --max-iter")
            .withDefault(NmfOptions.DEFAULT_TOLERANCE);
    static final Option THREADS = Option.integer("threads", "N", "worker threads; results do not depend on it")
            .withDefault(Runtime.getRuntime().availableProcessors()).withDefaultText("all processors");

    /** In the order shown by --help. */
    static final List<Option> OPTIONS = List.of(SUM_TO_ONE, INIT, RESTARTS, SMOOTHNESS, SEED, MAX_ITER, TOL, THREADS);

    private NmfArgs() {
    }

    /** @return the options of {@link #OPTIONS} for k components, the rest at their defaults */
    static NmfOptions read(Args args, int k) {
        return NmfOptions.builder(k).sumToOne(args.flag(SUM_TO_ONE.name()))
                .init(NmfOptions.Init.valueOf(args.string(INIT.name()).toUpperCase(Locale.ROOT)))
                .restarts(args.integer(RESTARTS.name())).smoothness(args.number(SMOOTHNESS.name()))
                .seed(args.longValue(SEED.name())).maxIterations(args.integer(MAX_ITER.name()))
                .tolerance(args.number(TOL.name()))
                .threads(args.integer(THREADS.name())).build();
    }
}
