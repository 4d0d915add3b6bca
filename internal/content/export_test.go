package content

// For the external tests of the snapshot (builtin_test.go), which need typeface, itself an
// importer of this package.
var (
	BuiltinSumForTest   = builtinSum
	SnapshotKeyForTest  = snapshotKey
	FromSnapshotForTest = fromSnapshot
)

// StaleSnapshotForTest makes the snapshot's files other than the built-in ones until the
// function it returns is called.
func StaleSnapshotForTest() (restore func()) {
	sum := snapshots.sum
	snapshots.sum = "stale"
	return func() { snapshots.sum = sum }
}
