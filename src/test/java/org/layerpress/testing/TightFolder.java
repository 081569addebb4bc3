package org.layerpress.testing;

import java.nio.file.Path;
import org.layerpress.application.upkeep.FreeSpace;
import org.layerpress.store.DataFolderFreeSpace;

/** The real data folder, with a free space the test chooses (and may change while a station reads it from another thread). */
public final class TightFolder implements FreeSpace {

    private final DataFolderFreeSpace real;
    private volatile long free;

    public TightFolder(Path dir, long free) {
        this.real = new DataFolderFreeSpace(dir);
        this.free = free;
    }

    /** From now on the folder has this many bytes free. */
    public void free(long bytes) {
        this.free = bytes;
    }

    @Override
    public long usableBytes() {
        return free;
    }

    @Override
    public long databaseBytes() {
        return real.databaseBytes();
    }

    @Override
    public String where() {
        return real.where();
    }
}
