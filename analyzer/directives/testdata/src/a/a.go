package a

func f() int {
	x := 1 //dogmavet:ignore // want `//dogmavet:ignore directive names no rule`
	//dogmavet:ignore no-such-rule because // want `//dogmavet:ignore directive names unknown rule "no-such-rule"`
	x++
	//dogmavet:ignore switch-dead-case // want `//dogmavet:ignore directive for switch-dead-case gives no reason`
	x++
	//dogmavet:ignore switch-dead-case the v1 events still arrive during replay
	x++
	//dogmavet:ignoreall is not our directive
	// dogmavet:ignore with a space is an ordinary comment
	return x
}
