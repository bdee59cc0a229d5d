// Package workflow holds the process message handlers of the example bank.
// They coordinate the aggregates: TransferProcess moves the funds of a
// transfer, waiting first for approval when the transfer needs it and giving
// up when the approval does not come in time; DepositProcess credits an
// account once a card payment has been captured.
//
// Processes only decide which commands to execute next; they never call
// other systems themselves.
package workflow
