@testable import ConversationEngine

/// One customer message with the answer a careful human gives: its language and the text
/// situations in it. Context situations (public complaint, long wait, loyalty, broken promise)
/// are not labelled here: they come from the clocks and the customer card, not the words.
struct LabelledMessage: Sendable {
    let text: String
    let language: Language
    let situations: Set<SituationID>

    init(_ text: String, _ language: Language, _ situations: Set<SituationID> = []) {
        self.text = text
        self.language = language
        self.situations = situations
    }
}

/// The evaluation set for the situation detector and the language detector.
///
/// The messages were written for Concord (none is taken from the seed articles) and labelled
/// before the lexicons were tuned. Labelling rules, applied the same way in every language:
/// - delivery_delay: an order or parcel has not arrived when expected, is stuck, is marked
///   delivered but is not there, or the customer chases where it is.
/// - refund_wait: the customer expects money back (a refund asked for or promised) and does
///   not have it yet; a refund that has arrived is not one.
/// - defect: the product or service is broken, damaged, faulty, leaks, crashes.
/// - billing_error: a duplicate, wrong, unknown or unexpected charge or invoice amount.
/// - repeat_contact: the customer says they already contacted the company about this (again,
///   the n-th time, already called, nobody answers their earlier messages).
/// - angry: anger or strong frustration expressed (explicit words, insults, threats, shouting);
///   mild disappointment is not anger.
/// - confused: the customer says they do not understand, are confused, cannot work out how.
/// - gratitude: genuine thanks or praise; a formulaic "thanks in advance" under a complaint is not.
/// - cancellation: a request now to cancel an order, a subscription or an account; a report of
///   a past cancellation or a question about the cancellation policy is not one.
enum SituationEvaluationSet {
    static let messages: [LabelledMessage] = english + chinese + russian + korean + persian + secondRound

    /// Written after the first round of tuning as a held-out probe, labelled before it was
    /// run (micro-F1 0.474 untouched: the first lexicons were precise but narrow), then used to
    /// broaden the vocabulary, so it is part of the tuning set now.
    static let secondRound: [LabelledMessage] = [
        .init("hey so my order from last tuesday still shows 'processing'. is it going to ship at all??", .en, [.deliveryDelay]),
        .init("The zipper on the backpack broke the first time I used it.", .en, [.defect]),
        .init("Got the parcel, everything's fine. You guys are great!", .en, [.gratitude]),
        .init("I see two payments of £23.50 on my bank statement for one order.", .en, [.billingError]),
        .init("Can you tell me how to reset my password? The link in the email doesn't seem to work.", .en, [.defect]),
        .init("I'd like to stop my plan at the end of this month.", .en, [.cancellation]),
        .init("Three emails and not a single reply. What's the point of your support?", .en, [.repeatContact, .angry]),
        .init("When can I expect my money for the returned shoes?", .en, [.refundWait]),
        .init("Honestly I'm lost with all these options, which bundle includes the charger?", .en, [.confused]),
        .init("do you ship to Canada?", .en),
        .init("The blender arrived with a cracked jug and now you want me to pay for return shipping?! Absolutely not.", .en, [.defect, .angry]),
        .init("I got a refund for the wrong amount - it's $20 short.", .en, [.refundWait]),
        .init("thank u so much for sorting this out so fast", .en, [.gratitude]),

        .init("下单五天了还显示待发货，什么情况？", .zh, [.deliveryDelay]),
        .init("吹风机用了一次就冒烟了，太吓人了。", .zh, [.defect]),
        .init("你们客服态度真好，点个赞！", .zh, [.gratitude]),
        .init("这个月的话费怎么比平时多了一百块？", .zh, [.billingError]),
        .init("退货已经寄回去一周了，钱什么时候退给我？", .zh, [.refundWait]),
        .init("我想把会员停掉，不想续了。", .zh, [.cancellation]),
        .init("打了三次电话都说会回电，结果一次都没有。", .zh, [.repeatContact]),
        .init("说明书上写的和客服说的不一样，到底听谁的？", .zh, [.confused]),
        .init("你们这服务也太烂了吧，我再也不买了！", .zh, [.angry]),
        .init("请问这款耳机支持降噪吗？", .zh),
        .init("包裹到了，但是里面的碗碎了两个，能补发吗？", .zh, [.defect]),
        .init("好的，收到，谢谢！", .zh, [.gratitude]),

        .init("Заказ оформил десять дней назад, а он всё ещё в статусе «собирается». Что происходит?", .ru, [.deliveryDelay]),
        .init("У чайника отвалилась ручка на второй день.", .ru, [.defect]),
        .init("Спасибо, курьер приехал вовремя, всё отлично.", .ru, [.gratitude]),
        .init("Мне пришло два одинаковых списания по 1200 рублей.", .ru, [.billingError]),
        .init("Когда вернут деньги за отменённый заказ? Прошло уже две недели.", .ru, [.refundWait]),
        .init("Хочу отказаться от подписки, как это сделать?", .ru, [.cancellation]),
        .init("Я уже дважды писал в чат, и никакой реакции.", .ru, [.repeatContact]),
        .init("Я запутался в ваших тарифах, чем отличается «Стандарт» от «Плюс»?", .ru, [.confused]),
        .init("Это уже ни в какие ворота! Кто так работает вообще?!", .ru, [.angry]),
        .init("Есть ли у вас самовывоз в Новосибирске?", .ru),
        .init("Телефон не держит заряд, хотя ему месяц. Это брак?", .ru, [.defect]),
        .init("Всё получил, претензий нет.", .ru),

        .init("주문한 지 열흘 됐는데 아직 상품 준비 중이래요. 왜 이렇게 오래 걸리나요?", .ko, [.deliveryDelay]),
        .init("운동화 밑창이 일주일 만에 떨어졌어요.", .ko, [.defect]),
        .init("기사님이 너무 친절하셨어요. 잘 받았습니다!", .ko, [.gratitude]),
        .init("한 번 주문했는데 카드 내역에 두 건이 찍혀 있어요.", .ko, [.billingError]),
        .init("반품 접수한 지 2주 됐는데 돈은 언제 들어오나요?", .ko, [.refundWait]),
        .init("다음 달부터 정기배송 그만 받고 싶어요.", .ko, [.cancellation]),
        .init("고객센터에 전화를 몇 번이나 했는지 모르겠어요. 아무도 안 받네요.", .ko, [.repeatContact]),
        .init("쿠폰 적용 방법이 너무 복잡해서 잘 모르겠어요.", .ko, [.confused]),
        .init("진짜 이런 식으로 장사하시면 안 되죠. 너무 화가 납니다.", .ko, [.angry]),
        .init("매장 영업시간이 어떻게 되나요?", .ko),
        .init("노트북 화면에 줄이 생겼어요. 산 지 열흘밖에 안 됐어요.", .ko, [.defect]),
        .init("네 알겠습니다 ㅎㅎ", .ko),

        .init("ده روز پیش سفارش دادم ولی هنوز وضعیتش «در حال پردازش» است. چرا ارسال نمی‌شود؟", .fa, [.deliveryDelay]),
        .init("دسته‌ی کتری روز دوم کنده شد.", .fa, [.defect]),
        .init("پیک خیلی مؤدب بود، سفارش سالم رسید. ممنونم!", .fa, [.gratitude]),
        .init("برای یک خرید دو تراکنش در حسابم ثبت شده است.", .fa, [.billingError]),
        .init("کالا را مرجوع کردم، پولش کی به کارتم برمی‌گردد؟", .fa, [.refundWait]),
        .init("دیگر نمی‌خواهم عضو باشم، اشتراکم را تمدید نکنید.", .fa, [.cancellation]),
        .init("دو بار به پشتیبانی ایمیل زدم و هیچ کس جوابم را نداد.", .fa, [.repeatContact]),
        .init("این همه گزینه گیجم کرده، کدام بسته شارژر دارد؟", .fa, [.confused]),
        .init("این رفتار واقعاً زشت است، دیگر از شما خرید نمی‌کنم!", .fa, [.angry]),
        .init("آیا به مشهد هم ارسال دارید؟", .fa),
        .init("باتری گوشی با اینکه یک ماه است خریدم، زود خالی می‌شود.", .fa, [.defect]),
        .init("باشه، ممنون.", .fa, [.gratitude]),
    ]

    static let english: [LabelledMessage] = [
        .init("Hi, my order #A-20931 was supposed to arrive on Monday and it's still not here. Can you check?", .en, [.deliveryDelay]),
        .init("Where is my package?? Tracking hasn't updated in 6 days.", .en, [.deliveryDelay]),
        .init("This is the THIRD time I'm writing about the same refund. Nobody answers. Unacceptable!!!", .en, [.refundWait, .repeatContact, .angry]),
        .init("I returned the jacket two weeks ago and still haven't received my refund.", .en, [.refundWait]),
        .init("The headphones stopped working after two days. Left earbud makes no sound at all.", .en, [.defect]),
        .init("You charged my card twice for the same order, $49.99 each. Please fix this.", .en, [.billingError]),
        .init("I'm not angry, just a bit confused about which plan I'm on now.", .en, [.confused]),
        .init("Thank you so much, Maria! The replacement arrived today and works perfectly.", .en, [.gratitude]),
        .init("Please cancel my subscription, I don't use it anymore.", .en, [.cancellation]),
        .init("Can I change the delivery address for order 55812 to my office?", .en),
        .init("What are your opening hours on Saturday?", .en),
        .init("The screen came cracked and the box was crushed. I want a refund, not a replacement.", .en, [.defect, .refundWait]),
        .init("I was charged after I cancelled my membership in March. Why??", .en, [.billingError]),
        .init("i dont understand the invoice, what is this 'service fee' line? nobody told me about it", .en, [.confused, .billingError]),
        .init("Fed up with this. Called three times, emailed twice, and the washing machine is still broken.", .en, [.angry, .repeatContact, .defect]),
        .init("Great service as always, thanks guys", .en, [.gratitude]),
        .init("Is the blue version of the Nova X2 back in stock?", .en),
        .init("My parcel has been stuck in customs for 3 weeks. When will I get it?", .en, [.deliveryDelay]),
        .init("Still waiting for the money back you promised last Friday.", .en, [.refundWait]),
        .init("The app keeps crashing when I open my cart. iPhone 14, iOS 18.", .en, [.defect]),
        .init("It's not broken, I just can't figure out how to pair it with my laptop.", .en, [.confused]),
        .init("I want to cancel order 77120 before it ships, please.", .en, [.cancellation]),
        .init("You billed me for the premium plan but I'm on basic. Wrong amount on invoice INV-3302.", .en, [.billingError]),
        .init("This is ridiculous. Worst customer service ever. I'll be telling everyone.", .en, [.angry]),
        .init("Hey, just following up on my email from yesterday about the late delivery.", .en, [.repeatContact, .deliveryDelay]),
        .init("Thanks for the quick reply! One more question: does the warranty cover water damage?", .en, [.gratitude]),
        .init("No worries, I'm not upset at all. Take your time.", .en),
        .init("hi again, the order is STILL not delivered and nobody replies to me!!!", .en, [.deliveryDelay, .repeatContact, .angry]),
        .init("Could you send me a copy of my last invoice for my records?", .en),
        .init("The coffee machine leaks water from the bottom. Is this covered?", .en, [.defect]),
        .init("Please close my account and delete my data.", .en, [.cancellation]),
        .init("I'm confused, the email says delivered but there is nothing at my door.", .en, [.confused, .deliveryDelay]),
        .init("Order arrived a day early, really happy with it. Appreciate it!", .en, [.gratitude]),
        .init("I've asked for my refund 4 times now. This is a joke.", .en, [.refundWait, .repeatContact, .angry]),
        .init("My order is late, but no problem, thanks for letting me know in advance.", .en, [.deliveryDelay, .gratitude]),
        .init("The charger doesnt work anymore and the refund from last month never came through either", .en, [.defect, .refundWait]),
        .init("Sorry to bother you again - has my replacement shipped yet? It's been 10 days.", .en, [.repeatContact, .deliveryDelay]),
        .init("Is it possible to cancel anytime if I sign up for the annual plan?", .en),
        .init("""
            Hello, I ordered a standing desk (order 88-1203) on the 3rd. The confirmation said 5-7 business days. \
            It's now the 20th, tracking says "label created" and nothing since. I called on the 14th and was told \
            it would ship the next day. It didn't. I need this desk for work, please tell me what is actually happening.
            """, .en, [.deliveryDelay, .repeatContact]),
        .init("Your delivery driver was super friendly, just wanted to say that.", .en, [.gratitude]),
        .init("My package is late. Please check. Thanks", .en, [.deliveryDelay]),
    ]

    static let chinese: [LabelledMessage] = [
        .init("我的订单号 CN88231，说好三天到，现在一个星期了还没到。", .zh, [.deliveryDelay]),
        .init("快递显示已签收，但是我根本没收到！", .zh, [.deliveryDelay]),
        .init("退款申请提交十天了，钱还没到账，怎么回事？", .zh, [.refundWait]),
        .init("耳机用了两天就坏了，右边没有声音。", .zh, [.defect]),
        .init("同一笔订单扣了我两次钱，请核实一下。", .zh, [.billingError]),
        .init("我不是生气，就是有点不明白这个套餐怎么收费。", .zh, [.confused]),
        .init("谢谢你们，问题已经解决了，服务很好！", .zh, [.gratitude]),
        .init("请帮我取消会员自动续费。", .zh, [.cancellation]),
        .init("请问周末客服几点上班？", .zh),
        .init("这已经是第三次联系你们了，到现在还没人处理，太过分了！", .zh, [.repeatContact, .angry]),
        .init("收到的杯子是碎的，包装也破了，我要退款。", .zh, [.defect, .refundWait]),
        .init("账单上多了一笔 99 元的费用，我没有买过这个服务。", .zh, [.billingError]),
        .init("气死我了！！！等了一个月的快递居然丢了", .zh, [.angry, .deliveryDelay]),
        .init("我想修改一下收货地址，可以吗？", .zh),
        .init("我已经取消订阅了，为什么这个月还扣费？", .zh, [.billingError]),
        .init("APP 一打开就闪退，iPhone 15，已经重装过了。", .zh, [.defect]),
        .init("看不懂你们的退货流程，能再解释一下吗？", .zh, [.confused]),
        .init("谢谢客服小王的耐心解答～", .zh, [.gratitude]),
        .init("说好的退款呢？都两个星期了。我上周也问过一次。", .zh, [.refundWait, .repeatContact]),
        .init("我要取消这个订单，还没发货吧？", .zh, [.cancellation]),
        .init("这个型号有黑色的吗？", .zh),
        .init("我没有生气，只是想知道快递什么时候能到，已经晚了三天。", .zh, [.deliveryDelay]),
        .init("物流信息五天没更新了，包裹是不是卡在哪里了？", .zh, [.deliveryDelay]),
        .init("你们的说明书写得太乱了，我完全搞不懂怎么设置。", .zh, [.confused]),
        .init("充电器插上没反应，换了插座也不行。", .zh, [.defect]),
        .init("又是自动回复！我要找真人！第四次了！", .zh, [.angry, .repeatContact]),
        .init("收到了，东西很好，非常感谢！", .zh, [.gratitude]),
        .init("请问发票可以开公司抬头吗？", .zh),
        .init("我被多收了运费，页面上明明写的包邮。", .zh, [.billingError]),
        .init("我想注销账号，请告诉我怎么操作。", .zh, [.cancellation]),
        .init("退款已经到账了，谢谢。", .zh, [.gratitude]),
        .init("洗衣机漏水，师傅说好昨天来修也没来，太让人失望了。", .zh, [.defect]),
        .init("你好，我的 Nova X2 手机屏幕有条绿线，还在保修期内吗？", .zh, [.defect]),
        .init("客服电话一直打不通，邮件也没人回，我都问了好几次了", .zh, [.repeatContact]),
        .init("运费是多少？寄到成都要几天？", .zh),
        .init("""
            你好，我上个月买的空气净化器（订单 2024113005）滤网安装不上，按照说明书操作了好几遍也不行。\
            麻烦告诉我是不是配件发错了，或者能不能换一个。
            """, .zh, [.defect]),
        .init("东西还不错，不过快递太慢了，等了十来天", .zh, [.deliveryDelay]),
    ]

    static let russian: [LabelledMessage] = [
        .init("Здравствуйте! Заказ №45821 должен был прийти в понедельник, но до сих пор не пришёл.", .ru, [.deliveryDelay]),
        .init("Где моя посылка? Трек не обновляется уже неделю.", .ru, [.deliveryDelay]),
        .init("Пишу уже третий раз по поводу возврата денег. Это просто безобразие!", .ru, [.repeatContact, .refundWait, .angry]),
        .init("Вернул товар две недели назад, а деньги так и не вернули.", .ru, [.refundWait]),
        .init("Наушники перестали работать через два дня.", .ru, [.defect]),
        .init("С карты списали деньги дважды за один заказ.", .ru, [.billingError]),
        .init("Я не злюсь, просто не понимаю, какой тариф у меня сейчас подключён.", .ru, [.confused]),
        .init("Спасибо большое, всё получил, всё работает!", .ru, [.gratitude]),
        .init("Прошу отменить подписку со следующего месяца.", .ru, [.cancellation]),
        .init("Можно изменить адрес доставки для заказа 99120?", .ru),
        .init("Во сколько вы работаете в субботу?", .ru),
        .init("Экран пришёл разбитым, коробка помята. Хочу вернуть деньги.", .ru, [.defect, .refundWait]),
        .init("Я отменил подписку в марте, а с меня опять списали 499 рублей.", .ru, [.billingError]),
        .init("Непонятно, за что эта комиссия в счёте, я её не заказывал.", .ru, [.confused, .billingError]),
        .init("Достали уже! Звонил три раза, стиральная машина так и не починена.", .ru, [.angry, .repeatContact, .defect]),
        .init("Отличный сервис, спасибо вам!", .ru, [.gratitude]),
        .init("Подскажите, когда появится в наличии синий цвет?", .ru),
        .init("Посылка застряла на таможне уже три недели.", .ru, [.deliveryDelay]),
        .init("Жду возврат средств уже 20 дней, обещали за 5.", .ru, [.refundWait]),
        .init("Приложение вылетает при оформлении заказа, Android 14.", .ru, [.defect]),
        .init("Он не сломан, я просто не могу разобраться, как подключить его к ноутбуку.", .ru, [.confused]),
        .init("Хочу отменить заказ, пока его не отправили.", .ru, [.cancellation]),
        .init("Вы выставили счёт за премиум, а у меня базовый тариф. Неверная сумма.", .ru, [.billingError]),
        .init("Это возмутительно! Худший сервис, с которым я сталкивался.", .ru, [.angry]),
        .init("Добрый день, напоминаю о своём вчерашнем письме насчёт задержки доставки.", .ru, [.repeatContact, .deliveryDelay]),
        .init("Спасибо за быстрый ответ! Ещё вопрос: гарантия покрывает попадание воды?", .ru, [.gratitude]),
        .init("Ничего страшного, я не расстроен. Не торопитесь.", .ru),
        .init("ОПЯТЬ ничего не доставили!!! Сколько можно ждать?!", .ru, [.deliveryDelay, .angry]),
        .init("Пришлите, пожалуйста, копию последнего счёта.", .ru),
        .init("Кофемашина протекает снизу. Это гарантийный случай?", .ru, [.defect]),
        .init("Удалите мой аккаунт, пожалуйста.", .ru, [.cancellation]),
        .init("Ничего не понимаю: в приложении написано «доставлено», но дома ничего нет.", .ru, [.confused, .deliveryDelay]),
        .init("Заказ пришел раньше срока, очень доволен. Благодарю!", .ru, [.gratitude]),
        .init("Уже в четвертый раз прошу вернуть деньги. Сколько можно?!", .ru, [.repeatContact, .refundWait, .angry]),
        .init("Деньги вернулись на карту, спасибо за помощь.", .ru, [.gratitude]),
        .init("Сколько стоит доставка в Казань?", .ru),
        .init("""
            Добрый день. Купил у вас робот-пылесос Roborock S8 (заказ 3310-22). Через неделю он перестал заряжаться \
            от базы. Перезагружал, чистил контакты, не помогает. Что делать?
            """, .ru, [.defect]),
        .init("Посылку так и не получил. Спасибо.", .ru, [.deliveryDelay]),
    ]

    static let korean: [LabelledMessage] = [
        .init("안녕하세요, 주문번호 KR-30921 월요일 도착 예정이었는데 아직도 안 왔어요.", .ko, [.deliveryDelay]),
        .init("택배가 일주일째 배송 중으로만 나와요. 언제 와요?", .ko, [.deliveryDelay]),
        .init("환불 문의 벌써 세 번째입니다. 정말 너무하네요!!", .ko, [.refundWait, .repeatContact, .angry]),
        .init("2주 전에 반품했는데 환불이 아직 안 들어왔어요.", .ko, [.refundWait]),
        .init("이어폰이 이틀 만에 고장났어요. 오른쪽 소리가 안 나요.", .ko, [.defect]),
        .init("같은 주문으로 카드 결제가 두 번 됐어요. 확인 부탁드립니다.", .ko, [.billingError]),
        .init("화난 건 아니고요, 지금 제가 어떤 요금제인지 헷갈려서요.", .ko, [.confused]),
        .init("빠르게 처리해 주셔서 정말 감사합니다!", .ko, [.gratitude]),
        .init("구독 해지하고 싶어요. 어떻게 하면 되나요?", .ko, [.cancellation]),
        .init("주문한 상품 배송지 변경 가능할까요?", .ko),
        .init("토요일에도 고객센터 운영하나요?", .ko),
        .init("화면이 깨진 채로 왔어요. 교환 말고 환불해 주세요.", .ko, [.defect, .refundWait]),
        .init("3월에 멤버십 해지했는데 이번 달에도 결제됐네요.", .ko, [.billingError]),
        .init("청구서 보는 법을 잘 모르겠어요. 항목이 너무 많아서 이해가 안 돼요.", .ko, [.confused]),
        .init("진짜 짜증나네요. 전화 세 번이나 했는데 세탁기 아직도 고장난 상태예요.", .ko, [.angry, .repeatContact, .defect]),
        .init("항상 친절하게 응대해 주셔서 감사해요 ^^", .ko, [.gratitude]),
        .init("블루 색상 재입고 언제 되나요?", .ko),
        .init("통관에서 3주째 멈춰 있어요. 언제 받을 수 있나요?", .ko, [.deliveryDelay]),
        .init("금요일까지 환불해 준다고 하셨는데 아직이에요.", .ko, [.refundWait]),
        .init("앱이 장바구니 들어가면 계속 꺼져요. 갤럭시 S24 쓰고 있어요.", .ko, [.defect]),
        .init("고장은 아니고요, 노트북이랑 블루투스 연결하는 방법을 모르겠어요.", .ko, [.confused]),
        .init("주문 취소해 주세요. 아직 발송 전이죠?", .ko, [.cancellation]),
        .init("저는 베이직 요금제인데 프리미엄 요금으로 청구됐어요.", .ko, [.billingError]),
        .init("이게 말이 됩니까? 최악의 서비스네요. 리뷰에 다 쓸 겁니다.", .ko, [.angry]),
        .init("어제 보낸 메일 관련해서 다시 연락드려요. 배송 지연 건입니다.", .ko, [.repeatContact, .deliveryDelay]),
        .init("답변 빨리 주셔서 감사합니다! 혹시 침수도 보증되나요?", .ko, [.gratitude]),
        .init("괜찮아요, 저 화 안 났어요. 천천히 해주세요.", .ko),
        .init("아직도 배송 안 됐어요!!! 몇 번을 말해야 돼요?", .ko, [.deliveryDelay, .repeatContact, .angry]),
        .init("지난달 영수증 다시 받을 수 있을까요?", .ko),
        .init("커피머신 밑에서 물이 새요. 무상 수리 되나요?", .ko, [.defect]),
        .init("회원 탈퇴하고 개인정보 삭제해 주세요.", .ko, [.cancellation]),
        .init("배송 완료라고 뜨는데 문 앞에 아무것도 없어요. 무슨 상황인지 모르겠네요.", .ko, [.deliveryDelay, .confused]),
        .init("하루 일찍 도착했어요. 너무 만족합니다, 감사합니다!", .ko, [.gratitude]),
        .init("환불 요청 네 번째예요. 장난하세요?", .ko, [.refundWait, .repeatContact, .angry]),
        .init("환불 잘 받았습니다. 감사합니다~", .ko, [.gratitude]),
        .init("배송비는 얼마인가요? 제주도도 가능한가요?", .ko),
        .init("AirPods Pro 케이스 충전이 안돼요 ㅠㅠ 산 지 한 달 됐어요", .ko, [.defect]),
        .init("""
            안녕하세요. 지난주 금요일에 주문한 책상(주문번호 20241122-0043)이 아직 출고도 안 됐다고 나오네요. \
            상담원분이 월요일에 보내주신다고 했는데 소식이 없어서 다시 문의드립니다. 언제쯤 받을 수 있을까요?
            """, .ko, [.deliveryDelay, .repeatContact]),
    ]

    static let persian: [LabelledMessage] = [
        .init("سلام، سفارش شماره ORD-7731 قرار بود دوشنبه برسد ولی هنوز نرسیده.", .fa, [.deliveryDelay]),
        .init("بسته‌ی من کجاست؟ یک هفته است که کد رهگیری به‌روز نشده.", .fa, [.deliveryDelay]),
        .init("این سومین بار است که درباره‌ی بازگشت پول پیام می‌دهم. واقعاً افتضاح است!", .fa, [.repeatContact, .refundWait, .angry]),
        .init("دو هفته پیش کالا را پس فرستادم و هنوز پولم برنگشته.", .fa, [.refundWait]),
        .init("هدفون بعد از دو روز خراب شد، سمت راست صدا ندارد.", .fa, [.defect]),
        .init("برای یک سفارش دو بار از کارتم پول کم شده.", .fa, [.billingError]),
        .init("عصبانی نیستم، فقط متوجه نمی‌شوم الان کدام طرح را دارم.", .fa, [.confused]),
        .init("خیلی ممنون، مشکلم حل شد!", .fa, [.gratitude]),
        .init("لطفاً اشتراک من را لغو کنید.", .fa, [.cancellation]),
        .init("امکان تغییر آدرس تحویل سفارش ۵۵۸۱۲ هست؟", .fa),
        .init("ساعت کاری شما روز شنبه چطور است؟", .fa),
        .init("صفحه‌ی گوشی شکسته به دستم رسید. پولم را پس می‌خواهم.", .fa, [.defect, .refundWait]),
        .init("اشتراکم را فروردین لغو کردم ولی باز هم از حسابم پول کسر شد.", .fa, [.billingError]),
        .init("اصلاً نمی‌فهمم این هزینه‌ی اضافه در فاکتور برای چیست؟ من چنین چیزی سفارش نداده‌ام.", .fa, [.confused, .billingError]),
        .init("خسته شدم از دستتان! سه بار زنگ زدم و ماشین لباسشویی هنوز خراب است.", .fa, [.angry, .repeatContact, .defect]),
        .init("دستتان درد نکند، خیلی خوب راهنمایی کردید.", .fa, [.gratitude]),
        .init("رنگ آبی این مدل کی موجود می‌شود؟", .fa),
        .init("بسته سه هفته است در گمرک مانده. کی به دستم می‌رسد؟", .fa, [.deliveryDelay]),
        .init("قرار بود تا جمعه پولم را برگردانید، هنوز خبری نیست.", .fa, [.refundWait]),
        .init("اپلیکیشن موقع پرداخت مدام بسته می‌شود. گوشی Samsung A54 دارم.", .fa, [.defect]),
        .init("خراب نیست، فقط بلد نیستم چطور به لپ‌تاپ وصلش کنم.", .fa, [.confused]),
        .init("می‌خواهم سفارشم را قبل از ارسال لغو کنم.", .fa, [.cancellation]),
        .init("برای طرح ویژه از من پول گرفتید در حالی که طرح من پایه است. مبلغ اشتباه است.", .fa, [.billingError]),
        .init("واقعاً مسخره است! بدترین پشتیبانی که دیده‌ام.", .fa, [.angry]),
        .init("درباره‌ی ایمیل دیروزم در مورد تأخیر ارسال دوباره پیام می‌دهم.", .fa, [.repeatContact, .deliveryDelay]),
        .init("ممنون از پاسخ سریع‌تان! یک سؤال دیگر: گارانتی آسیب آب را پوشش می‌دهد؟", .fa, [.gratitude]),
        .init("اشکالی ندارد، ناراحت نیستم. عجله نکنید.", .fa),
        .init("باز هم سفارشم نرسیده!!! چند بار باید بگویم؟", .fa, [.deliveryDelay, .repeatContact, .angry]),
        .init("لطفاً یک نسخه از آخرین فاکتورم را برایم بفرستید.", .fa),
        .init("قهوه‌ساز از زیر آب نشت می‌کند. این شامل گارانتی می‌شود؟", .fa, [.defect]),
        .init("لطفا حساب کاربری‌ام را حذف کنید.", .fa, [.cancellation]),
        .init("نوشته تحویل داده شد ولی چیزی دم در نیست. گیج شده‌ام.", .fa, [.deliveryDelay, .confused]),
        .init("سفارش زودتر از موعد رسید، خيلي راضي هستم. متشكرم!", .fa, [.gratitude]),
        .init("چهارمین بار است که درخواست بازپرداخت می‌کنم. این چه وضعی است؟!", .fa, [.refundWait, .repeatContact, .angry]),
        .init("پول به حسابم برگشت، ممنون از پیگیری‌تان.", .fa, [.gratitude]),
        .init("سفارش ۴۵۱۲ من هنوز نرسيده و كسي جواب نمي‌دهد", .fa, [.deliveryDelay, .repeatContact]),
        .init("هزینه‌ی ارسال به شیراز چقدر است؟", .fa),
        .init("""
            سلام وقت بخیر. یک جاروبرقی Bosch از شما خریدم (کد سفارش BX-2291). از روز اول صدای عجیبی می‌دهد \
            و بعد از ده دقیقه خاموش می‌شود. لطفاً راهنمایی کنید که برای تعمیر یا تعویض چه کار کنم.
            """, .fa, [.defect]),
    ]
}
