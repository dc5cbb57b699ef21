#!/usr/bin/env python3
"""Generates a reproducible multilingual Maildir for the ingest benchmark.

    make_maildir.py DIR [COUNT] [SEED]

Messages in English, Korean, Chinese, Russian and Persian, in the charsets and transfer
encodings real mail uses (UTF-8 base64 and quoted-printable, EUC-KR, GB2312, GB18030, Big5,
ISO-2022-JP, KOI8-R, windows-1251, windows-1256, ISO-8859-1), threads of replies with
In-Reply-To and References, HTML alternatives, and small attachments. Deterministic for a
seed, so every run of the benchmark reads the same bytes.
"""
import os
import random
import sys
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from datetime import datetime, timedelta, timezone

LANGUAGES = {
    "en": {
        "charsets": [("utf-8", "quoted-printable"), ("iso-8859-1", "quoted-printable"), ("utf-8", "base64")],
        "names": ["Sarah Miller", "James Carter", "Emily Foster", "Daniel Bennett", "Olivia Brooks", "Michael Hayes"],
        "subjects": ["Where is my order {n}?", "Charged twice for order {n}", "Refund for order {n}", "Account locked"],
        "bodies": [
            "Hello,\n\nmy order {n} was due last week and the tracking page has not moved since Monday.\nCould you tell me when it will arrive?\n\nThanks,\n{first}",
            "Hi team,\n\nI was charged twice for order {n}. Please refund the second payment.\n\nBest regards,\n{first}",
            "Good morning,\n\nthe kettle from order {n} stopped working after two days. I would like a replacement.\n\n{first}",
        ],
    },
    "ko": {
        "charsets": [("euc-kr", "base64"), ("utf-8", "base64"), ("euc-kr", "quoted-printable")],
        "names": ["김민지", "이서준", "박지우", "최예은", "정하준", "장영수"],
        "subjects": ["주문 {n} 배송 문의", "환불 요청 (주문 {n})", "결제가 두 번 되었습니다", "계정 로그인 문제"],
        "bodies": [
            "안녕하세요.\n\n지난주에 주문한 상품(주문번호 {n})이 아직 도착하지 않았습니다.\n언제 받을 수 있을까요?\n\n{name} 드림",
            "수고 많으십니다.\n\n주문 {n} 건의 환불이 아직 카드로 들어오지 않았어요. 확인 부탁드립니다.\n\n{name}",
        ],
    },
    "zh": {
        "charsets": [("gb2312", "base64"), ("gb18030", "base64"), ("big5", "base64"), ("utf-8", "base64")],
        "names": ["王小明", "李静", "张伟", "刘洋", "陈晨", "杨帆"],
        "subjects": ["订单{n}的退款什么时候到账？", "订单{n}物流问题", "重复扣款", "账户无法登录"],
        "bodies": [
            "您好：\n\n我的订单{n}已经申请退款十天了，退款什么时候到账？\n\n谢谢！\n{name}",
            "你好，\n\n订单{n}显示已发货，但是物流信息一直没有更新。请帮我查一下。\n\n{name}",
        ],
    },
    "zh-tw": {
        "charsets": [("big5", "base64")],
        "names": ["陳美玲", "林志明", "黃雅婷"],
        "subjects": ["訂單{n}退款問題", "帳戶無法登入"],
        "bodies": ["您好：\n\n我的訂單{n}退款還沒有收到，請協助確認。\n\n謝謝！\n{name}"],
    },
    "ja": {
        "charsets": [("iso-2022-jp", "7bit")],
        "names": ["佐藤花子", "鈴木一郎"],
        "subjects": ["注文{n}の配送について", "返金のお願い"],
        "bodies": ["お世話になっております。\n\n注文{n}の商品がまだ届いておりません。ご確認をお願いいたします。\n\n{name}"],
    },
    "ru": {
        "charsets": [("koi8-r", "quoted-printable"), ("windows-1251", "base64"), ("utf-8", "quoted-printable")],
        "names": ["Анна Иванова", "Дмитрий Петров", "Елена Смирнова", "Андрей Белов", "Ольга Кузнецова"],
        "subjects": ["Заказ № {n} до сих пор не доставлен", "Возврат денег за заказ {n}", "Двойное списание"],
        "bodies": [
            "Здравствуйте!\n\nЗаказ № {n} должен был прийти на прошлой неделе, но статус не меняется.\nПодскажите, пожалуйста, когда ждать доставку?\n\nС уважением,\n{name}",
            "Добрый день.\n\nС карты списали деньги дважды за заказ {n}. Прошу вернуть лишний платёж.\n\n{name}",
        ],
    },
    "fa": {
        "charsets": [("windows-1256", "base64"), ("utf-8", "base64")],
        "names": ["مریم احمدی", "علی رضایی", "سارا محمدی", "رضا کریمی"],
        "subjects": ["سفارش {n} هنوز نرسیده", "بازپرداخت سفارش {n}", "دو بار پرداخت شده"],
        "bodies": [
            "سلام\n\nسفارش {n} هفته گذشته باید می‌رسید ولی هنوز خبری نیست.\nلطفاً بگویید کی می‌رسد.\n\nبا تشکر\n{name}",
            "با سلام\n\nبرای سفارش {n} دو بار از حسابم پول کم شده است. لطفاً بررسی کنید.\n\n{name}",
        ],
    },
}
WEIGHTS = {"en": 30, "ko": 18, "zh": 16, "zh-tw": 3, "ja": 3, "ru": 15, "fa": 15}
SUPPORT = "support@concord-demo.example"
AGENT = "Dana Lee"


def address_for(rng, language, name):
    local = "customer%05d" % rng.randrange(100000)
    domain = rng.choice({"ko": ["naver.com", "daum.net"], "zh": ["qq.com", "163.com"], "zh-tw": ["yahoo.com.tw"],
                         "ja": ["yahoo.co.jp"], "ru": ["yandex.ru", "mail.ru"], "fa": ["chmail.ir", "gmail.com"]}
                        .get(language, ["gmail.com", "outlook.com", "example.org"]))
    return local + "@" + domain


def encoded_subject(text, charset):
    if charset == "iso-2022-jp":
        return Header(text, "iso-2022-jp").encode()
    try:
        text.encode(charset)
        return Header(text, charset).encode()
    except (UnicodeEncodeError, LookupError):
        return Header(text, "utf-8").encode()


def body_part(text, charset, encoding, html):
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset, encoding = "utf-8", "base64"
    part = MIMEText(text, "html" if html else "plain", charset)
    if encoding in ("quoted-printable", "base64") and charset != "iso-2022-jp":
        del part["Content-Transfer-Encoding"]
        payload = text.encode(charset)
        if encoding == "base64":
            import base64
            part.set_payload(base64.encodebytes(payload).decode("ascii"))
        else:
            import quopri
            part.set_payload(quopri.encodestring(payload).decode("ascii"))
        part["Content-Transfer-Encoding"] = encoding
    return part


def build(rng, index, language, customer, thread, start):
    spec = LANGUAGES[language]
    name, address, order = customer
    charset, encoding = rng.choice(spec["charsets"])
    first = name.split()[0]
    reply = thread and rng.random() < 0.5
    text = rng.choice(spec["bodies"]).format(n=order, name=name, first=first)
    if rng.random() < 0.25:
        html = "<html><head><style>p{color:#333}</style></head><body>" + "".join(
            "<p>%s</p>" % line for line in text.split("\n") if line) + "<script>track()</script></body></html>"
        message = MIMEMultipart("alternative")
        message.attach(body_part(text, charset, encoding, False))
        message.attach(body_part(html, charset, encoding, True))
    else:
        message = body_part(text, charset, encoding, False)
    if rng.random() < 0.12:
        mixed = MIMEMultipart("mixed")
        mixed.attach(message)
        attachment = MIMEApplication(bytes(rng.randrange(256) for _ in range(rng.randrange(2000, 20000))), "pdf")
        attachment.add_header("Content-Disposition", "attachment", filename=("invoice-%s.pdf" % order))
        mixed.attach(attachment)
        message = mixed
    subject = rng.choice(spec["subjects"]).format(n=order)
    when = start + timedelta(minutes=index * 7 + rng.randrange(7))
    message_id = "<%06d.%d@mail.concord-demo.example>" % (index, rng.randrange(10**6))
    outbound = reply and rng.random() < 0.4
    if reply:
        parent, refs, parent_subject = thread
        subject = "Re: " + parent_subject
        message["In-Reply-To"] = parent
        message["References"] = " ".join(refs + [parent])
    sender = formataddr((str(Header(name, "utf-8")), address)) if not outbound else formataddr((AGENT, SUPPORT))
    recipient = formataddr((AGENT, SUPPORT)) if not outbound else formataddr((str(Header(name, "utf-8")), address))
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = encoded_subject(subject, charset)
    message["Date"] = format_datetime(when)
    message["Message-ID"] = message_id
    refs = (thread[1] + [thread[0]]) if reply else []
    return message, (message_id, refs, subject if not reply else thread[2]), when


def main():
    directory = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    rng = random.Random(seed)
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(directory, sub), exist_ok=True)
    languages = [language for language, weight in WEIGHTS.items() for _ in range(weight)]
    customers = []
    threads = {}
    start = datetime(2026, 9, 1, 8, 0, tzinfo=timezone.utc)
    for index in range(count):
        if not customers or rng.random() < 0.3:
            language = rng.choice(languages)
            name = rng.choice(LANGUAGES[language]["names"])
            customers.append((language, (name, address_for(rng, language, name), str(rng.randrange(1000000, 9999999)))))
        language, customer = rng.choice(customers[-200:])
        thread = threads.get(customer[1]) if rng.random() < 0.6 else None
        message, state, when = build(rng, index, language, customer, thread, start)
        threads[customer[1]] = state
        folder = "cur" if index % 5 else "new"
        flags = ":2,S" if folder == "cur" else ""
        path = os.path.join(directory, folder, "%d.%06d.bench%s" % (int(when.timestamp()), index, flags))
        with open(path, "wb") as handle:
            handle.write(message.as_bytes())


if __name__ == "__main__":
    main()
