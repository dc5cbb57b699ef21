extension AcknowledgementWording {
    static let english = AcknowledgementWording(
        greetings: ["Hello {name},", "Hi {name},", "Dear {name},"],
        received: [
            .email: ["Thank you for writing. This automatic note confirms that your email has reached our support team.",
                     "Your email has arrived safely and is now with our support team; this is an automatic confirmation.",
                     "Thanks for getting in touch. We have your email, and it is waiting for one of our agents."],
            .chat: ["Thanks for your message. You are in the queue, and one of our agents will join this chat.",
                    "We have your message, and a person from our team will answer right here in the chat."],
            .sms: ["Thanks for your text; it has reached our support team.",
                   "We got your message, and one of our agents will text you back."],
            .social: ["Thanks for your message. It has reached our support team, and we will answer right here.",
                      "We have your message, and a person from our team will reply in this conversation."],
            .phone: ["Thank you for calling, and sorry we could not take your call straight away.",
                     "We saw your call, so there is no need to ring again."],
        ],
        writtenPromises: ["You can expect a personal answer {promise}, and we will be quicker if we can.",
                          "We will reply {promise}, and sooner whenever possible.",
                          "One of our agents will answer you {promise}."],
        callBackPromises: ["One of our agents will call you back {promise}.",
                           "We will call you back {promise}, and sooner if we can."],
        closings: ["Thank you for your patience.",
                   "If anything changes in the meantime, just reply to this message.",
                   "There is no need to write again: we have everything we need to start."],
        signature: "The support team")
}
