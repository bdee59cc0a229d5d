// Package workflow holds the process message handlers of the example bank.
// They coordinate the aggregates: TransferProcess moves the funds of a
// transfer and gives up when the transfer expires; DepositProcess credits an
// account once a card payment has been captured.
//
// Processes only decide which commands to execute next; they never call
// other systems themselves.
package workflow
