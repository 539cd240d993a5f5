#!/usr/bin/env python3
"""The cluster for an archive (docs/scale.md): core-hours, nodes and hours, data and object-store
requests for 1 million and 15 million works, from measured figures given on the command line.

    bench/scale.py --cost 1000=S 5000=S 20000=S 100000=S --overhead 0.12 --output-kb 400

--cost: CPU seconds per story of each size, EPUB + PDF + cover (bench/cost.sh, last column);
--overhead: Spark's CPU overhead against the command line (bench/spark.sh), as a fraction;
--output-kb: kilobytes written per story, all editions (bench/spark.sh's books);
--io-seconds: a task's wait on the object store per story (an assumption: about 12 requests of
  ~30 ms: the story's GET, three PUTs, three renames that S3 makes COPY + DELETE, and the
  HEADs around them).
The size mix of the archive and the cluster's shape are assumptions, stated in the output.
"""
import argparse

# An archive's works by length (an assumption, see docs/scale.md): most works are short, a few
# long ones carry much of the words. Each class is priced at the measured size named.
MIX = [(1000, 0.55, "under 2,000 words"), (5000, 0.30, "2,000-10,000"),
       (20000, 0.12, "10,000-50,000"), (100000, 0.03, "over 50,000")]
INPUT_BYTES_PER_WORD = 7      # an AO3 HTML download: ~6 bytes a word of text plus markup
EDITIONS = 3                  # EPUB, PDF, cover
CORES_PER_NODE = 16           # e.g. 16 vCPU / 64 GB workers: 4 executors x 4 cores x 4 GB (+1 GB overhead)
WRITES_PER_STORY = 9          # per edition: PUT (temporary name), COPY and DELETE (S3A's rename)
PREFIX_WRITES_PER_SECOND = 3500  # S3's documented write rate per prefix before it answers 503 SlowDown


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cost", nargs=4, required=True, help="WORDS=SECONDS for 1000 5000 20000 100000")
    parser.add_argument("--overhead", type=float, required=True)
    parser.add_argument("--output-kb", type=float, required=True, help="KB written per story")
    parser.add_argument("--io-seconds", type=float, default=0.35, help="a task's wait on the store per story")
    a = parser.parse_args()
    cost = {int(w): float(s) for w, s in (c.split("=") for c in a.cost)}
    per_work = sum(share * cost[words] for words, share, _ in MIX) * (1 + a.overhead)
    words = sum(share * w for w, share, _ in MIX)
    print("Size mix: " + ", ".join(f"{share:.0%} {label} (priced at {w:,} words, {cost[w]:.2f} s)"
                                   for w, share, label in MIX))
    print(f"Mean work: {words:,.0f} words; CPU per work through Spark: {per_work:.2f} s\n")
    print(f"Store: {a.io_seconds:.2f} s of waiting per story; {WRITES_PER_STORY} write requests per story, "
          f"so one prefix takes at most {PREFIX_WRITES_PER_SECOND / WRITES_PER_STORY:,.0f} stories/s\n")
    print("| works | CPU core-hours | cluster | hours, 2 tasks per vCPU | hours, 1 task per vCPU "
          "| stories/s | prefixes needed | read | written | PUT+COPY requests |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for works, nodes in ((1_000_000, 4), (1_000_000, 10), (15_000_000, 20), (15_000_000, 50)):
        core_hours = works * per_work / 3600
        cores = nodes * CORES_PER_NODE
        # Two task slots per vCPU (--executor-cores twice the vCPUs) let one task's store wait
        # overlap the other's CPU; with one, each core waits in series.
        hours = max(core_hours / cores, works * max(per_work, a.io_seconds) / (2 * cores) / 3600)
        serial = works * (per_work + a.io_seconds) / cores / 3600
        rate = works / (hours * 3600)
        prefixes = -(-rate * WRITES_PER_STORY // PREFIX_WRITES_PER_SECOND)
        read_gb = works * words * INPUT_BYTES_PER_WORD / 1e9
        written_gb = works * a.output_kb * 1e3 / 1e9
        # Each edition: a PUT under a temporary name, then the rename, which S3 makes a COPY (+ DELETE).
        requests = works * EDITIONS * 2
        print(f"| {works:,} | {core_hours:,.0f} | {nodes} x {CORES_PER_NODE} vCPU | {hours:,.2f} | {serial:,.2f} "
              f"| {rate:,.0f} | {prefixes:.0f} | {read_gb:,.0f} GB | {written_gb / 1e3:,.2f} TB | {requests / 1e6:,.0f} M |")


if __name__ == "__main__":
    main()
