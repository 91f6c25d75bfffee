package org.psnmf.engine.io.velox;

import java.nio.file.Files;
import java.nio.file.Path;

import org.psnmf.engine.io.ReaderContract;
import org.psnmf.engine.io.SpectrumImageReader;
import org.psnmf.engine.io.hdf5.Hdf5Fixtures;

/** The reader contract for Velox EMD, on a small written event stream ({@link VeloxFixture}). */
class VeloxContractTest extends ReaderContract {

    @Override
    protected SpectrumImageReader reader() {
        return new VeloxEmdReader();
    }

    @Override
    protected Path writeValid(Path into) throws Exception {
        Files.createDirectories(into);
        Path f = into.resolve("valid.emd");
        VeloxFixture.write(f, 6, 5, 64, 2, 1, 3.0, 11L);
        return f;
    }

    @Override
    protected int hotBytes() {
        return 16384;
    }

    /** The scan image declares 65536 x 65536 pixels: 16 GiB of row pointers before a single event is decoded. */
    @Override
    protected Path writeSizeBomb(Path into) throws Exception {
        Path f = into.resolve("bomb.emd");
        VeloxFixture.write(f, 6, 5, 64, 2, 1, 3.0, 11L);
        Hdf5Fixtures.redimension(f, "Data/Image/img0/Data", 65536, 65536, 2);
        return f;
    }
}
