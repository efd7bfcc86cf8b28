package org.chipgraph.robust;

import org.chipgraph.store.TdbStore;

/** Child-process main: opens a store, says "holding", and keeps it open until its stdin closes. */
public final class HoldStore {
    public static void main(String[] args) throws Exception {
        try (TdbStore store = TdbStore.open(java.nio.file.Path.of(args[0]))) {
            store.quadCount();
            System.out.println("holding");
            System.out.flush();
            while (System.in.read() >= 0) { }
        }
    }
}
