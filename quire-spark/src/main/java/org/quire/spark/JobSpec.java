package org.quire.spark;

import java.io.Serializable;

/**
 * What every task of a run needs besides its stories.
 *
 * @param force rebuild stories whose inputs have not changed
 */
record JobSpec(BuildOptions options, OutputStore output, HadoopConf conf, boolean force) implements Serializable {
    private static final long serialVersionUID = 1L;
}
