// Each collection starts a whole platform of its own; two at once on two cores would measure the machine, not the
// platform.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
