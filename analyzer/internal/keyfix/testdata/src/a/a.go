package a

type configurer struct{}

func (configurer) Identity(n, k string) {}

const named = "NOT-A-UUID"

func configure(c configurer) {
	c.Identity("upper", "5195FE85-EB3F-4121-84B0-BE72CBC5722F")                                      // want `identity-key-canonical`
	c.Identity("raw", `5195FE85-eb3f-4121-84b0-be72cbc5722f`)                                        // want `identity-key-canonical`
	c.Identity("invalid", "account")                                                                 // want `identity-key`
	c.Identity("paren", ("not-a-uuid"))                                                              // want `identity-key`
	c.Identity("braced", "{5195FE85-EB3F-4121-84B0-BE72CBC5722F}")                                   // want `identity-key`
	c.Identity("urn", "urn:uuid:5195fe85-eb3f-4121-84b0-be72cbc5722f")                               // want `identity-key`
	c.Identity("spaced", " 5195fe85-eb3f-4121-84b0-be72cbc5722f ")                                   // want `identity-key`
	c.Identity("digits", "5195fe85eb3f412184b0be72cbc5722f")                                         // want `identity-key`
	c.Identity("prefixed", "bank-5195fe85-eb3f-4121-84b0-be72cbc5722f")                              // want `identity-key`
	c.Identity("two", "5195fe85-eb3f-4121-84b0-be72cbc5722f/{6195fe85-eb3f-4121-84b0-be72cbc5722f}") // want `identity-key`
	c.Identity("named", named)                                                                       // want `identity-key`
	c.Identity("good", "5195fe85-eb3f-4121-84b0-be72cbc5722f")
}
