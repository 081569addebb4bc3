package org.layerpress.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.layerpress.application.upkeep.FreeSpace;

/** The free space of the real file system holding the data folder ({@link java.nio.file.FileStore#getUsableSpace}). */
public final class DataFolderFreeSpace implements FreeSpace {

    private final Path dataDir;

    public DataFolderFreeSpace(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath();
    }

    @Override
    public long usableBytes() {
        try {
            return Files.getFileStore(dataDir).getUsableSpace();
        } catch (IOException e) {
            throw new StoreException("cannot read the free space under " + dataDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long databaseBytes() {
        return dataDir.resolve("layerpress.mv.db").toFile().length();
    }

    @Override
    public String where() {
        return dataDir.toString();
    }
}
