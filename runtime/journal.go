package runtime

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dogmatiq/dogma"
)

// Action says what a journal entry records.
type Action uint8

const (
	// Executed records a command given to Engine.ExecuteCommand.
	Executed Action = iota + 1
	// Recorded records an event given to Engine.RecordEvent.
	Recorded
	// Handled records one handler handling one message.
	Handled
	// Produced records a message produced by a handler: a recorded event,
	// an executed command or a scheduled timeout.
	Produced
	// Notice records something worth knowing that breaks no rule, such as an
	// End() cancelled by a later ExecuteCommand.
	Notice
	// Logged records a handler's call to its scope's Log method.
	Logged
)

func (a Action) String() string {
	switch a {
	case Executed:
		return "executed"
	case Recorded:
		return "recorded"
	case Handled:
		return "handled"
	case Produced:
		return "produced"
	case Notice:
		return "notice"
	case Logged:
		return "log"
	}
	return "unknown"
}

// Entry is one line of the journal.
type Entry struct {
	// Seq numbers entries from 1.
	Seq    int
	At     time.Time
	Action Action

	// MessageID identifies the message; CauseID is the ID of the message
	// whose handling produced it ("" for messages given to the engine).
	MessageID   string
	CauseID     string
	MessageType string
	Message     dogma.Message

	// Handler and Instance say who handled or produced the message.
	Handler  string
	Instance string

	// ScheduledFor is the time a produced timeout is scheduled for.
	ScheduledFor time.Time

	// Note explains Notice entries and skipped or failed handling.
	Note string

	// Dropped is true for a produced message that is not dispatched because
	// the handling that produced it did not succeed.
	Dropped bool
}

// String formats e on one line without calling any application code, so that
// two runs with the same inputs print byte-identical journals.
func (e Entry) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s %s #%s %s", e.Seq, e.At.UTC().Format(time.RFC3339Nano), e.Action, e.MessageID, e.MessageType)
	if e.CauseID != "" {
		fmt.Fprintf(&b, " cause #%s", e.CauseID)
	}
	if e.Handler != "" {
		fmt.Fprintf(&b, " by %s", e.Handler)
	}
	if e.Instance != "" {
		fmt.Fprintf(&b, " instance %q", e.Instance)
	}
	if !e.ScheduledFor.IsZero() {
		fmt.Fprintf(&b, " for %s", e.ScheduledFor.UTC().Format(time.RFC3339Nano))
	}
	if e.Note != "" {
		fmt.Fprintf(&b, ": %s", e.Note)
	}
	return b.String()
}

// FormatJournal prints one entry a line.
func FormatJournal(es []Entry) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString(e.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// log journals a handler's Log call.
func (e *Engine) log(h *handler, env *envelope, instance, format string, args ...any) {
	e.journal.add(e.offset(), Logged, env, h, instance, fmt.Sprintf(format, args...))
}

// offset is the clock's time as journal records keep it.
func (e *Engine) offset() time.Duration { return e.nowOffset }

// record is the compact form of an Entry that the engine keeps; Entries are
// built only when the journal is read. The journal holds every record of the
// engine's life, so it is most of the engine's memory. Records hold no
// pointers, which lets the garbage collector skip them: the message is its
// ID, the handler an index, and the instance and note are indexes into a
// table of strings. The time, which changes only when the clock moves, is
// kept aside in journal.times.
type record struct {
	msg      uint64 // the message ID; 0 for none
	instance uint32 // 1 + the index of the instance in journal.strs; 0 for ""
	note     uint32 // 1 + the index of the note in journal.strs; 0 for ""
	h        uint16 // 1 + the handler's index in Engine.handlers; 0 for none
	action   Action
}

// maxHandlers is the most handlers a record's h can name.
const maxHandlers = math.MaxUint16 - 1

// journal stores records in fixed-size chunks, so that appending never
// copies the records already stored.
type journal struct {
	chunks [][]record
	times  []timeMark // when the records' time changed, in record order
	strs   [][]string // in chunks of chunkSize, like the records
	nstrs  int

	// The instance and note most recently added to strs, with 1 + their
	// index: consecutive records usually name the same instance, and notes
	// repeat.
	inst, note     string
	instAt, noteAt uint32

	// notes keeps the index of the first notes seen, which are mostly the
	// engine's own few, so that notes that alternate are stored once.
	notes map[string]uint32

	n int
}

const chunkSize = 1024

// maxKeptNotes bounds journal.notes: log lines are notes too, and are
// mostly unique.
const maxKeptNotes = 64

// timeMark says that the records from the one numbered first (from 0) on
// were made at at, a duration since the start time.
type timeMark struct {
	first int
	at    time.Duration
}

// str adds s to strs and returns 1 + its index.
func (j *journal) str(s string) uint32 {
	if len(j.strs) == 0 || len(j.strs[len(j.strs)-1]) == chunkSize {
		j.strs = append(j.strs, make([]string, 0, chunkSize))
	}
	last := &j.strs[len(j.strs)-1]
	*last = append(*last, s)
	j.nstrs++
	return uint32(j.nstrs)
}

// string returns the string at 1 + index i.
func (j *journal) string(i uint32) string {
	return j.strs[(i-1)/chunkSize][(i-1)%chunkSize]
}

// add appends a record and returns its index, for setNote.
func (j *journal) add(at time.Duration, a Action, env *envelope, h *handler, instance, note string) int {
	if len(j.chunks) == 0 || len(j.chunks[len(j.chunks)-1]) == chunkSize {
		j.chunks = append(j.chunks, make([]record, 0, chunkSize))
	}
	if len(j.times) == 0 || j.times[len(j.times)-1].at != at {
		j.times = append(j.times, timeMark{first: j.n, at: at})
	}
	r := record{action: a}
	if env != nil {
		r.msg = env.id
	}
	if h != nil {
		r.h = uint16(h.index + 1)
	}
	if instance != "" {
		if j.instAt == 0 || instance != j.inst {
			j.inst, j.instAt = instance, j.str(instance)
		}
		r.instance = j.instAt
	}
	r.note = j.noteIndex(note)
	last := &j.chunks[len(j.chunks)-1]
	*last = append(*last, r)
	j.n++
	return j.n - 1
}

// noteIndex stores a note, or finds it stored last, and returns 1 + its
// index; 0 for "".
func (j *journal) noteIndex(note string) uint32 {
	if note == "" {
		return 0
	}
	if j.noteAt != 0 && note == j.note {
		return j.noteAt
	}
	at, ok := j.notes[note]
	if !ok {
		at = j.str(note)
		if len(j.notes) < maxKeptNotes {
			if j.notes == nil {
				j.notes = map[string]uint32{}
			}
			j.notes[note] = at
		}
	}
	j.note, j.noteAt = note, at
	return at
}

// action returns the action of record i.
func (j *journal) action(i int) Action { return j.chunks[i/chunkSize][i%chunkSize].action }

// setNote sets the note of record i: a handling's record is added when the
// handler is called, so that what the handler does comes after it, and its
// outcome is known only when the handler returns.
func (j *journal) setNote(i int, note string) {
	j.chunks[i/chunkSize][i%chunkSize].note = j.noteIndex(note)
}

// entries builds the Entries from the one numbered from+1 on; env finds a
// message's envelope by ID.
func (j *journal) entries(start time.Time, handlers []*handler, env func(id uint64) *envelope, from int) []Entry {
	from = max(0, min(from, j.n))
	out := make([]Entry, 0, j.n-from)
	// The time mark of record from: the last one that starts at or before it.
	mark := max(0, sort.Search(len(j.times), func(k int) bool { return j.times[k].first > from })-1)
	for i := from; i < j.n; i++ {
		r := j.chunks[i/chunkSize][i%chunkSize]
		for mark+1 < len(j.times) && j.times[mark+1].first <= i {
			mark++
		}
		en := Entry{Seq: i + 1, At: start.Add(j.times[mark].at), Action: r.action}
		if r.h != 0 {
			en.Handler = handlers[r.h-1].name
		}
		if r.instance != 0 {
			en.Instance = j.string(r.instance)
		}
		if r.note != 0 {
			en.Note = j.string(r.note)
		}
		if r.msg != 0 {
			env := env(r.msg)
			en.MessageID, en.MessageType, en.Message = strconv.FormatUint(env.id, 10), env.mt.name, env.msg
			if env.cause != 0 {
				en.CauseID = strconv.FormatUint(env.cause, 10)
			}
			if r.action == Produced && env.timeoutInfo != nil {
				en.ScheduledFor = env.scheduledFor
			}
			en.Dropped = r.action == Produced && en.Note == droppedProducedNote
		}
		out = append(out, en)
	}
	return out
}
