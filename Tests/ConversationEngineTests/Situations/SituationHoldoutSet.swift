@testable import ConversationEngine

/// Messages the lexicons were never tuned on: new scenarios and phrasings, labelled by the
/// rules of `SituationEvaluationSet` and written after all tuning. The evaluation test prints
/// their figures beside the tuning set's as the honest estimate on unseen text; it does not
/// hold them to the bar, and nothing may be tuned against them (once tuned on, a message
/// belongs in the evaluation set instead).
enum SituationHoldoutSet {
    static let messages: [LabelledMessage] = [
        .init("Ordered a gift for my mum's birthday on the 2nd, it's now the 15th and the tracking just says 'in transit'. Birthday was yesterday.", .en, [.deliveryDelay]),
        .init("The kettle lid won't close properly anymore and it switches itself off.", .en, [.defect]),
        .init("hiya, can I pay with PayPal?", .en),
        .init("You've taken £15 off my card for a subscription I never signed up for.", .en, [.billingError]),
        .init("Still no sign of the £89 you said you'd refund on Monday. Getting a bit tired of chasing this.", .en, [.refundWait, .repeatContact]),
        .init("Please remove me from the Pro plan, I'll stick with the free one.", .en, [.cancellation]),
        .init("I'm honestly baffled - the app says my points expired but the website says I have 400.", .en, [.confused]),
        .init("Not happy at all. The driver threw the box over the fence and the vase inside is smashed.", .en, [.defect]),
        .init("Lovely, that worked! Cheers for your help Sam.", .en, [.gratitude]),
        .init("Why is there a second charge of $12.99 from you this month?", .en, [.billingError]),
        .init("I've rung you 4 times this week and keep getting cut off. Sort it out!!", .en, [.repeatContact, .angry]),
        .init("Could you resend the confirmation email? I can't find it.", .en),
        .init("I don't want to cancel, I just want to pause deliveries for a month.", .en),

        .init("双十一买的东西到现在都没发，客服也不回消息。", .zh, [.deliveryDelay, .repeatContact]),
        .init("新买的洗碗机洗完碗还是油油的，是不是坏了？", .zh, [.defect]),
        .init("可以开电子发票吗？", .zh),
        .init("我明明用了优惠券，为什么还是按原价扣的钱？", .zh, [.billingError]),
        .init("退款说3-5个工作日，现在都十个工作日了还没收到。", .zh, [.refundWait]),
        .init("帮我把自动续费关了吧，下个月不用了。", .zh, [.cancellation]),
        .init("这个设置页面我看了半天也没找到在哪里改密码。", .zh, [.confused]),
        .init("客服小李太专业了，一下就帮我解决了，必须好评！", .zh, [.gratitude]),
        .init("第二次收到破损的商品了，你们包装能不能用点心？", .zh, [.defect, .angry]),
        .init("不是着急，就是问问大概什么时候能发货。", .zh),
        .init("你好，我的订单显示已退款，但银行卡里没看到钱。", .zh, [.refundWait]),
        .init("谢谢，辛苦啦", .zh, [.gratitude]),

        .init("Заказ должен был приехать к выходным, сегодня среда — тишина.", .ru, [.deliveryDelay]),
        .init("Купил пылесос, а он через десять минут начинает пахнуть горелым.", .ru, [.defect]),
        .init("Подскажите, пожалуйста, можно ли оплатить частями?", .ru),
        .init("В выписке вижу списание 2 990 ₽, хотя заказ стоил 1 990 ₽.", .ru, [.billingError]),
        .init("Вы обещали вернуть деньги до пятницы. Пятница прошла, денег нет. Это уже второе обращение.", .ru, [.refundWait, .repeatContact]),
        .init("Отпишите меня от рассылки и удалите карту из профиля.", .ru, [.cancellation]),
        .init("Не понимаю, куда вводить промокод, нигде нет такого поля.", .ru, [.confused]),
        .init("Огромное спасибо Марине из поддержки, решила вопрос за пять минут!", .ru, [.gratitude]),
        .init("Вы издеваетесь?! Третий раз привозите не тот размер!", .ru, [.angry]),
        .init("Я не жалуюсь, просто уточняю срок доставки.", .ru),
        .init("Курьер уже третий день переносит доставку.", .ru, [.deliveryDelay]),
        .init("Спасибо, всё пришло.", .ru, [.gratitude]),

        .init("주문한 지 일주일인데 배송 조회하면 계속 '집화 대기'로 떠요.", .ko, [.deliveryDelay]),
        .init("청소기 흡입력이 갑자기 약해졌어요. 먼지통은 비웠어요.", .ko, [.defect]),
        .init("현금영수증 발행 가능한가요?", .ko),
        .init("쿠폰 썼는데 결제 금액에 할인이 반영이 안 됐어요.", .ko, [.billingError]),
        .init("환불해 주신다고 한 지 벌써 2주째인데 아직 입금이 안 됐네요. 지난번에도 문의했었어요.", .ko, [.refundWait, .repeatContact]),
        .init("이번 달까지만 쓰고 해지할게요.", .ko, [.cancellation]),
        .init("포인트랑 적립금이 뭐가 다른 건지 잘 이해가 안 가요.", .ko, [.confused]),
        .init("상담해 주신 분 덕분에 문제 해결했어요. 정말 고맙습니다!", .ko, [.gratitude]),
        .init("아니 왜 자꾸 엉뚱한 상품을 보내세요? 진짜 어이가 없네요.", .ko, [.angry]),
        .init("급한 건 아니에요. 여유 있을 때 답변 주세요.", .ko),
        .init("박스가 다 찌그러져서 왔고 안에 컵 손잡이가 부러져 있었어요.", .ko, [.defect]),
        .init("오 벌써 왔네요 ㅋㅋ 감사해요", .ko, [.gratitude]),

        .init("یک هفته از ثبت سفارشم گذشته و هنوز وضعیتش «آماده‌سازی» است.", .fa, [.deliveryDelay]),
        .init("یخچالی که خریدم صدای زیادی می‌دهد و خوب خنک نمی‌کند.", .fa, [.defect]),
        .init("امکان پرداخت در محل دارید؟", .fa),
        .init("کد تخفیف زدم ولی مبلغ کامل از کارتم برداشت شد.", .fa, [.billingError]),
        .init("گفتید تا سه روز کاری پول برمی‌گردد، الان یک هفته شده. قبلاً هم پیگیری کرده بودم.", .fa, [.refundWait, .repeatContact]),
        .init("لطفاً عضویت ویژه‌ی من را تا آخر ماه لغو کنید.", .fa, [.cancellation]),
        .init("نمی‌دانم رمز عبورم را از کجا باید عوض کنم، هر جا را گشتم پیدا نکردم.", .fa, [.confused]),
        .init("از همکارتان خانم رضایی خیلی تشکر می‌کنم، با حوصله کمکم کرد.", .fa, [.gratitude]),
        .init("چرا هر بار کالای اشتباه می‌فرستید؟ واقعاً دیگر صبرم تمام شده!", .fa, [.angry]),
        .init("عجله‌ای نیست، هر وقت فرصت کردید جواب بدهید.", .fa),
        .init("جعبه له شده بود و دسته‌ی فنجان شکسته بود.", .fa, [.defect]),
        .init("رسید، دستتون درد نکنه 🙏", .fa, [.gratitude]),
    ]
}
