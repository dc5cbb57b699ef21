extension DemoPhrasebook {
    /// English, as written by customers in the US and the UK and by Mirava's agents.
    static let english = DemoPhrasebook(
        language: .en,
        replyPrefix: "Re: ",
        sentenceSeparator: " ",
        customerLabel: "Customer",
        agentLabel: "Agent",
        emailGreetings: ["Hello,", "Hi,", "Good afternoon,"],
        emailSignoffs: ["Thanks,\n{me}", "Kind regards,\n{me}", "Thank you,\n{me}"],
        nudges: [
            "Any update on this? I haven't heard back yet.",
            "Hello? I'm still waiting for an answer about order {order}.",
            "Just following up on my message below. Could someone take a look?",
        ],
        repeats: [
            "This is the third time I'm writing about order {order}, and I still don't have an answer.",
            "I've now contacted you three times about the same problem. Can someone please actually reply?",
        ],
        escalations: [
            "I emailed and called, and nobody has got back to me. Order {order}. Please call me.",
            "Tried email, tried phone, now trying here. Could someone please look at order {order}?",
        ],
        voicemailIntros: [
            "Hi, this is {me}, calling about order {order}.",
            "Hello, it's {me} here. I'm calling about my order, {order}.",
        ],
        voicemailMiddles: ["It's quite urgent, so I'd really appreciate a call back.", "I emailed about this a couple of days ago and haven't heard anything."],
        voicemailOutros: [
            "Please call me back on {phone}. Thank you.",
            "You can reach me on {phone} any time today. Thanks.",
        ],
        thanks: [
            "That's worked, thank you so much!",
            "Great, thanks for sorting it out so quickly.",
            "Perfect, thank you for your help.",
        ],
        more: [
            "Sorry, forgot to say: the order number is {order}.",
            "Also, I paid {amount} for it, in case that helps.",
        ],
        phoneGreetings: [
            "Yes, hello, thanks for calling back.",
            "Hi, yes, I've been waiting for your call.",
        ],
        phoneOK: ["OK, thank you.", "Right, got it. Thanks for your help."],
        fillerQuestions: [
            "How long will that take, roughly?",
            "Will I get an email when it's done?",
            "Is there anything else you need from me?",
            "OK. I'd rather not have to chase this again, though.",
            "Can you send me a confirmation in writing?",
        ],
        fillerAnswers: [
            "Usually one to two working days. I'll keep an eye on it and let you know as soon as it moves.",
            "Yes, you'll get a confirmation email as soon as it's done, and I'll note it here too.",
            "Nothing else for now, thank you. You've given me everything I need.",
            "Understood, and you shouldn't have to. I've set myself a reminder to check on it personally.",
            "Of course. I've just sent a written confirmation to your email address.",
        ],
        brokenPromises: [
            .refund5bd: "You told me the refund would be back on my card within 5 business days. It's been longer than that and there's still nothing.",
            .callbackTomorrow: "I was told someone would call me back before noon the next day. Nobody called.",
            .reply24h: "You said I'd hear back within 24 hours. That was two days ago.",
            .update48h: "You promised me an update on the delivery within 48 hours. I haven't heard a thing.",
            .replacement3bd: "The replacement was supposed to ship within three business days. Still no shipping email.",
            .callback2h: "Someone was supposed to call me back within two hours. I waited all afternoon.",
            .invoice2bd: "The corrected invoice was supposed to arrive within two business days. It hasn't.",
        ],
        agentGreetings: ["Hello {name},", "Dear {name},", "Hi {name},"],
        agentSignoffs: ["Best regards,\n{agent}\nMirava Customer Care", "Kind regards,\n{agent}\nMirava Support"],
        chatHellos: [
            "Hi {name}, I'm {agent}. Let me take a look at that for you.",
            "Hello {name}, thanks for waiting. I'm {agent} and I'll help you with this.",
        ],
        messageHellos: [
            "Hi {name}, it's {agent} from Mirava.",
            "Hello {name}, {agent} from Mirava support here.",
        ],
        empathy: [
            .delay: [
                "I know how much you were looking forward to this order, and I'm sorry it's taking so long.",
                "I completely understand how frustrating it is to keep checking the tracking and see no progress.",
            ],
            .refund: [
                "I'm sorry you're still waiting for your money; a return shouldn't take this long.",
                "I understand how frustrating it is to wait for a refund and hear nothing.",
            ],
            .defect: [
                "I'm really sorry the {product} reached you in this state. That's not the experience you should have had.",
                "I can imagine how disappointing it is to unpack something new and find it doesn't work.",
            ],
            .billing: [
                "I'm sorry about this. I know how worrying an unexpected charge on your card can be.",
                "I understand how annoying this is, and I'll make sure it's put right.",
            ],
            .confusion: [
                "I understand how confusing this setup step can be; you're definitely not the first to ask.",
                "Setting it up for the first time can be fiddly; let's get it working together.",
            ],
            .account: [
                "I'm sorry you've been locked out. I know how stressful that is when you need something urgently.",
                "I understand how annoying it is when the reset email just doesn't turn up.",
            ],
            .general: [
                "Thanks for letting us know, and sorry for the trouble.",
                "Thank you for getting in touch about this.",
            ],
            .thanks: [
                "Thank you so much for your kind words!",
                "Messages like yours really make our day.",
            ],
        ],
        loyalty: [
            "You've been with us for {years}, and we really appreciate your loyalty.",
            "After {years} with us you deserve better than this, and I'll make sure it's put right.",
        ],
        autoAck: "Hello {name}, thank you for contacting Mirava. We've received your message, and a member of our team will reply within 24 hours, usually much sooner. There's no need to write again: replying to this email keeps everything in one place.",
        closings: [
            "I'm glad that's sorted. If anything else comes up, just reply here.",
            "Glad I could help. Have a lovely rest of your day!",
            "That's all done on our side. Thanks again for your patience.",
        ],
        welcomes: ["You're very welcome! Have a great day.", "Happy to help. Enjoy the {product}!"],
        publicReplies: [
            "@{handle} Sorry to hear this, {name}. Please send us a DM with your order number and we'll look into it straight away.",
            "@{handle} Hi {name}, we're on it. Could you DM us your order number so we can check the details privately?",
        ],
        brokenApologies: [
            "I'm sorry. We should have got back to you as promised, and we didn't. That's on us.",
            "You're right, and I apologise: we didn't keep our word on this.",
        ],
        callbackIntro: "Hello, this is {agent} from Mirava, calling back about order {order}.",
        thanksForDetails: [
            "Thank you, that's really helpful. I'm checking this with the team now.",
            "Thanks for sending that over. I'm looking into it right now.",
        ],
        checking: ["Let me look into it right away.", "I'm checking this for you now."],
        askContact: "Thanks. One last thing: could you confirm the best number to reach you on, and a time that suits you?",
        promises: [
            .refund5bd: "I've requested a refund of {amount_formal}; it will be back on your card within 5 business days.",
            .callbackTomorrow: "I'll call you back tomorrow before noon with an update.",
            .reply24h: "I'm checking this with the team and will get back to you within 24 hours.",
            .update48h: "I've opened an investigation with the courier and will send you an update within 48 hours.",
            .replacement3bd: "A replacement will ship within 3 business days, and I'll email you the tracking link.",
            .callback2h: "I'll call you back within the next two hours.",
            .invoice2bd: "You'll receive a corrected invoice by email within 2 business days.",
        ],
        ledger: [
            .refund5bd: "Refund {amount_formal} to card within 5 business days",
            .callbackTomorrow: "Call back tomorrow before noon",
            .reply24h: "Reply with an answer within 24 hours",
            .update48h: "Delivery update within 48 hours",
            .replacement3bd: "Ship replacement within 3 business days",
            .callback2h: "Call back within 2 hours",
            .invoice2bd: "Send corrected invoice within 2 business days",
        ],
        kept: [
            .refund5bd: "Good news: your refund of {amount_formal} was processed today. Depending on your bank, it may take a day to appear.",
            .replacement3bd: "Your replacement shipped today, and the tracking link is on its way to your inbox.",
            .invoice2bd: "I've just emailed you the corrected invoice for order {order}.",
        ],
        keptPrefix: "As promised, here's an update.",
        notes: [
            "Checked the history: this is the customer's second contact about the same issue. Keep the answer consistent with the earlier reply.",
            "Customer prefers a call after 6 pm their time.",
            "Asked the team lead to look at this today.",
            "Don't offer another discount code; one was already given last month.",
            "Customer was upset at the start of the call but calm by the end.",
        ],
        profileNotes: [
            "Prefers email over phone calls.",
            "Long-standing customer, always very polite.",
            "Hard of hearing: please use email or SMS rather than calling.",
            "Works nights; best reached after 2 pm.",
            "Had a difficult return last year, so please take extra care.",
        ],
        topics: [
            .deliveryDelay: TopicText(
                subjects: ["Order {order} still hasn't arrived", "Where is my delivery? Order {order}"],
                openings: [
                    "My order {order} (the {product}) was supposed to arrive last week, but the tracking page still says \"in transit\" and hasn't changed for five days. Could you check where it is?",
                    "I'm still waiting for order {order}. The confirmation email said delivery would take 3 to 5 days, and it's now been almost two weeks. I need it for a trip, so I'd really appreciate a clear answer.",
                ],
                shorts: [
                    "Hi, my order {order} is a week late and the tracking hasn't updated. Any idea where it is?",
                    "Where is my order {order}? It was supposed to be here days ago.",
                ],
                publics: ["@MiravaHelp order {order} is over a week late and nobody can tell me where it is. Not impressed."],
                detail: "The last tracking update says it left the regional depot. I'm home most days, and the courier can call me on {phone}.",
                ask: "Could you confirm the delivery address and a phone number the courier can reach you on?",
                answer: "I've checked with the courier: your parcel was held at their depot because of a sorting error. It's back on the van today and should reach you within two working days."),
            .refundWait: TopicText(
                subjects: ["Refund for order {order} not received", "Still waiting for my refund"],
                openings: [
                    "I returned the {product} from order {order} three weeks ago and got an email saying the return had arrived. The refund of {amount} still isn't on my card. How much longer will it take?",
                    "You confirmed my return for order {order} more than two weeks ago, but the {amount} refund still hasn't shown up. My bank says nothing is pending.",
                ],
                shorts: [
                    "Hi, I'm still waiting for my refund of {amount} for order {order}.",
                    "Any news on the refund for order {order}? It's been weeks.",
                ],
                publics: ["@MiravaHelp returned my order weeks ago and still no sign of my {amount} refund. How long does this take?"],
                detail: "I sent it back with the prepaid label, and the tracking shows it was delivered to your warehouse. I paid by card.",
                ask: "Could you send me the return tracking number or a photo of the drop-off receipt?",
                answer: "The warehouse has received your return, and I've approved the refund of {amount_formal}. Your bank may take a few days to show it."),
            .defectiveProduct: TopicText(
                subjects: ["Faulty item in order {order}", "Problem with my {product}"],
                openings: [
                    "The {product} from order {order} arrived yesterday and won't switch on at all. I charged it overnight and tried a different cable. I'd like a replacement, please.",
                    "I'm disappointed: the {product} I received has a cracked casing and rattles when I move it. The box looked fine, so it must have been packed like that. Order {order}.",
                ],
                shorts: [
                    "The {product} I got today doesn't work. It won't turn on at all.",
                    "My {product} arrived damaged. What should I do?",
                ],
                publics: ["@MiravaHelp paid {amount} and the {product} arrived broken. Great start."],
                detail: "I've attached two photos of the damage. The serial number on the bottom is partly scratched off.",
                ask: "Could you send a photo of the item and of the label on the box? Then we can send a replacement without waiting for the return.",
                answer: "I'm sorry it reached you like that. I've arranged a free replacement, and the courier will collect the faulty one when the new one arrives."),
            .billingError: TopicText(
                subjects: ["Charged twice for order {order}", "Double payment on my card"],
                openings: [
                    "I was charged {amount} twice for order {order}. Both payments are on my card statement, and I only placed one order. Please refund the duplicate.",
                    "My banking app shows two identical charges of {amount} from you on the same day, but I only ordered the {product} once. Can you fix this quickly? It's put me close to my card limit.",
                ],
                shorts: [
                    "I've been charged twice for order {order}, {amount} each time.",
                    "Why are there two payments of {amount} on my card?",
                ],
                publics: ["@MiravaHelp you charged me twice for the same order. {amount} x2. Please sort this out."],
                detail: "Here's a screenshot of my statement: both charges have the same reference and were taken a minute apart.",
                ask: "Could you send a screenshot of the statement showing both charges? You can hide everything except the amounts and dates.",
                answer: "You're right: the payment went through twice because of a timeout at checkout. I've cancelled the second charge of {amount_formal}."),
            .cancellation: TopicText(
                subjects: ["Cancel order {order}", "Cancellation request for order {order}"],
                openings: [
                    "I'd like to cancel order {order}. I ordered the {product} by mistake, and as far as I can tell it hasn't shipped yet. Please confirm the cancellation and the refund.",
                    "Please cancel my order {order}. I found the {product} in a shop near me and don't need it any more. If it has already shipped, tell me how to return it.",
                ],
                shorts: ["Can I still cancel order {order}?", "I need to cancel order {order}, please."],
                publics: ["@MiravaHelp been trying to cancel an order for two days and can't reach anyone. Order {order}."],
                detail: "It's the only item on the order. I'd prefer the refund to go back to the card I paid with.",
                ask: "Would you like the refund back on the original card, or as store credit?",
                answer: "Your order {order} is cancelled and nothing will ship. The {amount_formal} is going back to the card you paid with."),
            .setupHelp: TopicText(
                subjects: ["Can't set up my {product}", "Help connecting the {product} to the app"],
                openings: [
                    "I can't get the {product} to connect to the app. It finds the device, then says \"pairing failed\" every time. I've reset it twice and followed the manual. What am I missing?",
                    "The app won't finish setting up the {product}. It gets to 90% and then says the device is offline, although it's right next to the router.",
                ],
                shorts: [
                    "How do I connect the {product} to the app? It keeps failing.",
                    "Setting up the {product} gets stuck at 90%. Can you help?",
                ],
                publics: ["@MiravaHelp is there a trick to pairing the {product}? The app keeps saying pairing failed."],
                detail: "I'm on the latest version of the app on an Android phone, and our home Wi-Fi is 5 GHz only.",
                ask: "Which phone and app version are you using, and is your Wi-Fi network 2.4 GHz or 5 GHz?",
                answer: "The {product} only connects to 2.4 GHz Wi-Fi, which is the step that trips most people up. Turn on the 2.4 GHz band on your router, keep your phone next to the device and start pairing again from the app."),
            .thanks: TopicText(
                subjects: ["Thank you!", "A big thank you to your team"],
                openings: [
                    "I just wanted to say thank you. The {product} arrived a day early and the courier was lovely. I've been ordering from you for years, and it's always a pleasure.",
                    "Last week one of your colleagues spent almost an hour on the phone helping me set up the {product}. They were patient and kind the whole time. Please pass on my thanks.",
                ],
                shorts: [
                    "Just wanted to say thanks: the {product} arrived early and works perfectly!",
                    "Thank you for the quick help yesterday, everything works now.",
                ],
                publics: ["Shout-out to @MiravaHelp: fixed my problem in ten minutes and checked in the next day. That's how it should be done."],
                detail: "Honestly, it made my week.",
                ask: "Is there anything else we can do for you?",
                answer: "Thank you so much for taking the time to write to us. I'll make sure the whole team sees your message."),
            .addressChange: TopicText(
                subjects: ["Change delivery address for order {order}", "Wrong address on my order"],
                openings: [
                    "I've just noticed that order {order} is going to my old address. I moved last month. Can you change the delivery address before it ships?",
                    "Could you update the delivery address for order {order}? I'll be at my office this week, not at home. I've put the new address below.",
                ],
                shorts: [
                    "Can I change the delivery address for order {order}?",
                    "Order {order} is going to my old address. Can you change it?",
                ],
                publics: ["@MiravaHelp I need to change the address on an order before it ships. How do I do that?"],
                detail: "The new address is my office: fourth floor, reception desk. The postcode is the same.",
                ask: "Could you send me the full new address, including the postcode and a contact number?",
                answer: "I've updated the delivery address on order {order}. You'll get a new confirmation email with the updated address shortly."),
            .orderStatus: TopicText(
                subjects: ["Status of order {order}", "Has my order {order} shipped?"],
                openings: [
                    "Could you tell me when order {order} will ship? The website has said \"processing\" for four days now.",
                    "I ordered the {product} on Monday and haven't had a shipping email yet. Is everything all right with order {order}?",
                ],
                shorts: ["Has order {order} shipped yet?", "Hi, any news on order {order}? It still says processing."],
                publics: ["@MiravaHelp my order has said \"processing\" for four days. Any idea when it'll ship?"],
                detail: "Sorry, I placed that order with my old email address, under the same name. No rush as such, I'd just like to have it before the weekend.",
                ask: "Could you confirm the email address you used for the order? I can't find it under this one.",
                answer: "Your order {order} left our warehouse this morning. You'll receive the tracking link by email tonight."),
            .accountLogin: TopicText(
                subjects: ["Can't log in to my account", "Account locked"],
                openings: [
                    "I can't log in to my account. I've reset my password twice, but the reset email never arrives. I need to download the invoice for order {order}.",
                    "My account says it's locked after too many attempts, but I'm sure I'm typing the right password. Can you unlock it?",
                ],
                shorts: ["I can't log in, the password reset email never arrives.", "My account is locked. Can you help?"],
                publics: ["@MiravaHelp locked out of my account and the reset email never comes. Help?"],
                detail: "The account is under this email address, and the phone number is {phone}. I've checked my spam folder too.",
                ask: "To make sure it's you, could you confirm the email address and phone number on the account?",
                answer: "I've unlocked your account and sent a fresh reset link, valid for one hour. If it doesn't arrive within a few minutes, check your spam or promotions folder."),
        ])
}
