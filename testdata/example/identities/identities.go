// Package identities holds the names and keys of the bank's processes as
// constants, so that operations tooling (dashboards, replay scripts) can name
// a workflow without importing its handler.
package identities

// The identities of the processes in package workflow.
const (
	TransferWorkflowName = "transfer-workflow"
	TransferWorkflowKey  = "7ccc550a-0356-43c7-9eff-03dc0fe2f7c7"

	DepositWorkflowName = "deposit-workflow"
	DepositWorkflowKey  = "df347e55-a022-40ef-aeba-a549ffd8edd2"
)
