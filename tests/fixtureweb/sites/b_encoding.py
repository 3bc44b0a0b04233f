"""Old sites in windows-1251: no declaration at all, <meta> only, and a UTF-8 site with
one archived cp1251 page."""
from tests.fixtureweb.kit import PDF, Site, pdf_bytes

CP = "windows-1251"

# --- b01: hand-made narod.ru site, windows-1251, no charset anywhere -------------------

NAROD_MENU = """
<TD width=180 valign=top bgcolor=#FFFFCC>
<P><B>МЕНЮ</B></P>
<A href="index.html">Главная</A><BR>
<A href="istoriya.htm">История школы</A><BR>
<A href="uchitelya.htm">Наши учителя</A><BR>
<A href="novosti.htm">Новости</A><BR>
<A href="sveden.htm">Сведения об ОО</A><BR>
<A href="tochka.htm"><FONT color=red>Центр "Точка роста"</FONT></A><BR>
<A href="foto.htm">Фотоальбом</A><BR>
<A href="gostevaya.htm">Гостевая книга</A><BR>
<A href="kontakty.htm">Контакты</A><BR>
<BR><A href="http://www.narod.ru/"><IMG src="http://narod.ru/narod_button.gif" border=0></A>
</TD>"""


def narod(title: str, body: str) -> str:
    return f"""<HTML>
<HEAD>
<TITLE>МОУ СОШ №2 с. Верхние Пашни - {title}</TITLE>
</HEAD>
<BODY bgcolor=#FFFFFF text=#000000 link=#0000CC>
<CENTER><IMG src="images/shapka.gif" width=760 height=120 alt="Шапка"></CENTER>
<TABLE width=760 align=center border=0 cellpadding=5>
<TR>{NAROD_MENU}
<TD valign=top>
{body}
</TD></TR></TABLE>
<HR width=760>
<CENTER><FONT size=1>© МОУ СОШ №2 с. Верхние Пашни, 2009-2023. Сайт сделан учителем информатики.<BR>
Вы посетитель №<IMG src="http://counter.narod.ru/?id=2231"></FONT>
<!--LiveInternet counter--><script type="text/javascript">document.write("<img src='//counter.yadro.ru/hit?r"+escape(document.referrer)+"' width=1 height=1>")</script>
</CENTER>
</BODY>
</HTML>"""


def build_b01() -> Site:
    site = Site(
        "sosh2.narod.ru",
        {"id": "b01", "name": "МОУ СОШ № 2 с. Верхние Пашни", "region": "Красноярский край",
         "municipality": "Енисейский район", "url": "sosh2.narod.ru", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "current",
         "has_publications": True, "publications_count": 2, "recommendations_current": False,
         "status": "ok", "section_url": "http://sosh2.narod.ru/tochka.htm"},
        "Hand-made narod.ru site in windows-1251 with no charset in header or meta, upper-case "
        "tags and unclosed cells; the seed URL has no scheme.",
    )

    def page(target: str, title: str, body: str) -> None:
        site.page(target, narod(title, body), charset=CP, declare="none")

    home = """
<H2 align=center>Добро пожаловать на сайт нашей школы!</H2>
<P>Муниципальное общеобразовательное учреждение средняя общеобразовательная школа №2
с. Верхние Пашни Енисейского района Красноярского края.
<P>Директор: Кузнецова Галина Ивановна
<P><B>Объявления:</B>
<UL>
<LI>Родительское собрание 9-11 классов состоится 20.12.2023 в 18.00
<LI>Зимние каникулы с 30.12.2023 по 08.01.2024
</UL>
<P><I>Сайт обновлен 11.12.2023</I>"""
    page("/", "Главная", home)
    page("/index.html", "Главная", home)
    page("/istoriya.htm", "История", """
<H3>История школы</H3>
<P>Школа открыта в 1967 году. В 1989 году построено новое двухэтажное здание.
<P>В 2021 году в школе открыт Центр образования естественно-научной и технологической
направленностей "Точка роста".""")
    page("/uchitelya.htm", "Учителя", """
<H3>Наши учителя</H3>
<TABLE border=1 cellspacing=0><TR><TD>Кузнецова Г.И.<TD>директор, история
<TR><TD>Павлова Е.С.<TD>химия, биология (педагог центра "Точка роста")
<TR><TD>Сидоров А.В.<TD>физика, информатика
<TR><TD>Лукина Т.М.<TD>начальные классы</TABLE>""")
    page("/novosti.htm", "Новости", """
<H3>Новости школы</H3>
<P><B>01.12.2023</B> Прошел школьный этап конкурса чтецов "Живая классика".
<P><B>25.10.2023</B> Осенний кросс. Победители: 5 класс - Иванов Дима, 8 класс - Петрова Оля.
<P><B>01.09.2023</B> Торжественная линейка, посвященная Дню знаний.
<P><B>25.05.2023</B> Последний звонок для выпускников 9 и 11 классов.
<P><B>17.02.2023</B> Лыжня России - 2023.
<P>Новости центра "Точка роста" смотрите <A href="tochka_news.htm">на странице центра</A>.""")
    page("/sveden.htm", "Сведения", """
<H3>Сведения об образовательной организации</H3>
<P><A href="docs/ustav.pdf">Устав</A><BR><A href="docs/licenziya.pdf">Лицензия</A><BR>
<A href="docs/akkreditaciya.pdf">Свидетельство о гос. аккредитации</A><BR>
<A href="docs/otchet_samoobsl_2022.doc">Отчет о самообследовании за 2022 год</A>""")
    page("/tochka.htm", "Точка роста", """
<H2 align=center><FONT color=#006600>Центр образования естественно-научной и технологической
направленностей "Точка роста"</FONT></H2>
<P>Центр создан в 2021 году в рамках федерального проекта "Современная школа" национального
проекта "Образование". В центре обучающиеся занимаются химией, биологией и физикой на
современном оборудовании: цифровые лаборатории, микроскопы, ОГЭ-лаборатории.
<P>Руководитель центра: Павлова Елена Сергеевна
<TABLE border=0 cellpadding=4>
<TR><TD><IMG src="images/tochka_logo.gif" width=120></TD>
<TD>
<A href="tochka_doc.htm">Документы</A><BR>
<A href="tochka_rasp.htm">Расписание занятий</A><BR>
<A href="tochka_news.htm">Новости центра</A><BR>
<A href="tochka_foto.htm">Фотогалерея</A>
</TD></TR></TABLE>""")
    page("/tochka_doc.htm", "Точка роста - документы", """
<H3>Документы центра "Точка роста"</H3>
<OL>
<LI><A href="files/prikaz_sozdanie.pdf">Приказ о создании центра "Точка роста"</A>
<LI><A href="files/polozhenie_tr.doc">Положение о центре</A>
<LI><A href="files/r-20.pdf">Методические рекомендации (Распоряжение Минпросвещения России от 01.03.2019 № Р-20)</A>
<LI><A href="files/tv-1913.pdf">Письмо Минпросвещения России от 01.11.2021 № ТВ-1913/02 "О направлении методических рекомендаций"</A>
</OL>""")
    page("/tochka_rasp.htm", "Точка роста - расписание", """
<H3>Расписание занятий в центре "Точка роста" на 2023-2024 учебный год</H3>
<TABLE border=1 cellspacing=0 cellpadding=3>
<TR bgcolor=#CCFFCC><TD>День<TD>Время<TD>Объединение<TD>Классы<TD>Педагог
<TR><TD>Понедельник<TD>14.30-15.15<TD>Юный химик<TD>7-8<TD>Павлова Е.С.
<TR><TD>Вторник<TD>14.30-16.00<TD>Физика в опытах<TD>8-9<TD>Сидоров А.В.
<TR><TD>Среда<TD>14.30-15.15<TD>Биология с увлечением<TD>5-6<TD>Павлова Е.С.
<TR><TD>Четверг<TD>15.00-16.30<TD>Робототехника<TD>5-7<TD>Сидоров А.В.
</TABLE>
<P><FONT size=2 color=gray>Архив: <A href="tochka_rasp2022.htm">расписание на 2022-2023 уч. год</A></FONT>""")
    page("/tochka_rasp2022.htm", "Точка роста - расписание (архив)", """
<H3>Расписание занятий центра на 2022-2023 учебный год</H3>
<TABLE border=1 cellspacing=0><TR><TD>Вторник<TD>14.30<TD>Юный химик
<TR><TD>Пятница<TD>14.30<TD>Физика в опытах</TABLE>""")
    page("/tochka_news.htm", "Точка роста - новости", """
<H3>Новости центра "Точка роста"</H3>
<P><B>15.11.2023</B> В центре "Точка роста" прошла Неделя химии: опыты для младших школьников
провели ученики 9 класса.
<P><IMG src="images/news/himiya2023.jpg" width=300>
<P><B>02.10.2023</B> Всероссийский урок "Экология и энергосбережение" в рамках фестиваля
#ВместеЯрче провели на оборудовании центра.
<P><B>20.05.2022</B> Итоги первого года работы центра: 124 обучающихся, 6 объединений.
<P><B>01.09.2021</B> Торжественное открытие центра "Точка роста".""")
    page("/tochka_foto.htm", "Точка роста - фото", """
<H3>Фотогалерея</H3><P><IMG src="images/tr1.jpg" width=200> <IMG src="images/tr2.jpg" width=200>
<IMG src="images/tr3.jpg" width=200>""")
    page("/foto.htm", "Фотоальбом", "<H3>Фотоальбом</H3><P>Раздел в разработке")
    page("/gostevaya.htm", "Гостевая", """
<H3>Гостевая книга</H3><P><B>Выпускница 2005:</B> Спасибо учителям!!! (12.03.2019)
<P><B>Гость:</B> Когда будет расписание автобуса? (03.09.2023)""")
    page("/kontakty.htm", "Контакты", """
<H3>Контакты</H3><P>663160, Красноярский край, Енисейский район, с. Верхние Пашни,
ул. Школьная, 2.<BR>Тел.: 8 (39195) 7-12-34<BR>E-mail: sosh2_vp@mail.ru""")
    site.file("/files/r-20.pdf", pdf_bytes([
        "УТВЕРЖДЕНЫ распоряжением Министерства просвещения Российской Федерации",
        "от 01.03.2019 № Р-20",
        "Методические рекомендации по созданию мест для реализации основных и "
        "дополнительных общеобразовательных программ цифрового, естественнонаучного, "
        "технического и гуманитарного профилей в образовательных организациях, "
        "расположенных в сельской местности и малых городах"]), PDF)
    site.file("/files/tv-1913.pdf", pdf_bytes([
        "МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ",
        "01.11.2021 № ТВ-1913/02",
        "О направлении методических рекомендаций",
        "Минпросвещения России направляет методические рекомендации по созданию и "
        "функционированию центров образования естественно-научной и технологической "
        "направленностей «Точка роста»."]), PDF)
    site.file("/files/prikaz_sozdanie.pdf", pdf_bytes([
        "ПРИКАЗ № 45-о от 14.05.2021",
        "О создании Центра образования естественно-научной и технологической "
        "направленностей «Точка роста»"]), PDF)
    return site


# --- b02: custom PHP CMS, windows-1251 declared only in <meta> ------------------------

def kirov(title: str, body: str) -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>{title} :: МБОУ СОШ № 7 г. Кирово-Чепецка</title>
<link rel="stylesheet" href="/css/style.css" type="text/css">
</head>
<body>
<div id="top"><img src="/img/logo.png" alt="Герб"> <span class="sitename">Муниципальное бюджетное
общеобразовательное учреждение «Средняя общеобразовательная школа № 7» города Кирово-Чепецка
Кировской области</span></div>
<div id="version"><a href="/index.php?page=main&amp;special=1">Версия для слабовидящих</a></div>
<table id="layout"><tr>
<td id="left">
<div class="menuhead">Школа</div>
<ul>
<li><a href="/index.php?page=main">Главная</a></li>
<li><a href="/index.php?page=sveden">Сведения об образовательной организации</a></li>
<li><a href="/index.php?page=news">Новости</a></li>
<li><a href="/index.php?page=gia">ГИА-2024</a></li>
</ul>
<div class="menuhead">Образование</div>
<ul>
<li><a href="/index.php?page=raspisanie">Расписание уроков</a></li>
<li><a href="/index.php?page=tochka">Точка роста</a></li>
<li><a href="/index.php?page=dop">Дополнительное образование</a></li>
<li><a href="/index.php?page=pitanie">Организация питания</a></li>
</ul>
<div class="menuhead">Полезные ссылки</div>
<ul><li><a href="https://www.gosuslugi.ru/">Госуслуги</a></li>
<li><a href="https://edu.gov.ru/">Минпросвещения России</a></li></ul>
</td>
<td id="content">
<div class="path"><a href="/index.php?page=main">Главная</a> / {title}</div>
<h1>{title}</h1>
{body}
</td></tr></table>
<div id="footer">© 2012–2023 МБОУ СОШ № 7 г. Кирово-Чепецка. 613040, Кировская обл.,
г. Кирово-Чепецк, ул. Ленина, 7. Тел. (83361) 4-15-27.
<!-- Yandex.Metrika counter --><script>(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{}}}})(window,document,"script","https://mc.yandex.ru/metrika/tag.js","ym");</script>
</div>
</body>
</html>"""


def build_b02() -> Site:
    site = Site(
        "school7-kirov.ru",
        {"id": "b02", "name": "МБОУ СОШ № 7 г. Кирово-Чепецка", "region": "Кировская область",
         "municipality": "г. Кирово-Чепецк", "url": "http://school7-kirov.ru/",
         "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "current",
         "has_publications": True, "publications_count": 3, "recommendations_current": True,
         "status": "ok", "section_url": "http://school7-kirov.ru/index.php?page=tochka"},
        "Windows-1251 pages whose charset is declared only in <meta>; the center's timetable "
        "PDF is dated only by its e-signature stamp.",
    )

    def page(target: str, title: str, body: str) -> None:
        site.page(target, kirov(title, body), charset=CP, declare="meta")

    news = [
        (231, "14.11.2023", "Исследовательская конференция «Первые шаги в науку»",
         "В центре «Точка роста» прошла школьная конференция: 18 проектов по химии, "
         "биологии и физике, выполненных на цифровых лабораториях центра."),
        (228, "26.09.2023", "День открытых дверей в центре «Точка роста»",
         "Родители пятиклассников познакомились с оборудованием центра и программами "
         "дополнительного образования."),
        (226, "11.09.2023", "Начались занятия объединений центра",
         "С 11 сентября в центре «Точка роста» начали работу объединения «Юный исследователь», "
         "«3D-моделирование» и «Экспериментальная физика»."),
        (224, "01.09.2023", "С Днем знаний!", "Торжественная линейка прошла на школьном стадионе."),
        (219, "18.05.2023", "Итоги спартакиады", "Команда школы заняла 2 место в городской спартакиаде."),
        (190, "15.04.2022", "Неделя робототехники в «Точке роста»",
         "Ученики 6-х классов собрали первых роботов на наборах центра."),
    ]
    for nid, day, title, text in news:
        page(f"/news.php?id={nid}", title, f'<p class="date">{day}</p><p>{text}</p>'
             '<p><a href="/index.php?page=news">« Все новости</a></p>')
    page("/", "Главная", """
<p>Добро пожаловать на официальный сайт школы!</p>
<div class="lastnews"><h3>Последние новости</h3>""" + "".join(
        f'<p><span class="date">{d}</span> <a href="/news.php?id={i}">{t}</a></p>' for i, d, t, _ in news[:4])
        + "</div>")
    page("/index.php?page=main", "Главная", "<p>Добро пожаловать на официальный сайт школы!</p>")
    page("/index.php?page=news", "Новости", "".join(
        f'<div class="news"><span class="date">{d}</span> <a href="/news.php?id={i}">{t}</a></div>'
        for i, d, t, _ in news))
    page("/index.php?page=sveden", "Сведения об образовательной организации", """
<ul><li><a href="/index.php?page=sveden_common">Основные сведения</a></li>
<li><a href="/index.php?page=sveden_docs">Документы</a></li>
<li><a href="/index.php?page=sveden_edu">Образование</a></li>
<li><a href="/index.php?page=sveden_staff">Руководство. Педагогический состав</a></li></ul>""")
    page("/index.php?page=raspisanie", "Расписание уроков", """
<p>Расписание уроков на 2023-2024 учебный год (1 полугодие):</p>
<p><a href="/files/raspisanie_urokov_2023.xls">Скачать расписание (xls)</a></p>""")
    page("/index.php?page=dop", "Дополнительное образование", """
<p>В школе работают кружки и секции. Часть объединений работает на базе центра
<a href="/index.php?page=tochka">«Точка роста»</a>.</p>""")
    page("/index.php?page=tochka",
         "Центр образования естественно-научной и технологической направленностей \"Точка роста\"", """
<p>Центр «Точка роста» создан в 2022 году в рамках федерального проекта «Современная школа»
национального проекта «Образование».</p>
<p>Цель центра — совершенствование условий для повышения качества образования, расширения
возможностей обучающихся в освоении учебных предметов естественно-научной и технологической
направленностей.</p>
<ul class="submenu">
<li><a href="/index.php?page=tochka_info">Общая информация</a></li>
<li><a href="/index.php?page=tochka_docs">Документы</a></li>
<li><a href="/index.php?page=tochka_programs">Образовательные программы</a></li>
<li><a href="/index.php?page=tochka_staff">Педагоги</a></li>
<li><a href="/files/raspisanie_tr.pdf">Расписание занятий центра</a></li>
<li><a href="/index.php?page=tochka_news">Новости центра</a></li>
</ul>""")
    page("/index.php?page=tochka_info", "Общая информация", """
<p>Адрес: г. Кирово-Чепецк, ул. Ленина, 7, кабинеты 12, 14, 21.</p>
<p>Руководитель центра: Смирнова Ольга Андреевна, учитель химии.</p>""")
    page("/index.php?page=tochka_docs", "Документы центра «Точка роста»", """
<table class="docs">
<tr><td><a href="/files/prikaz_tr_2022.pdf">Приказ о создании центра «Точка роста»</a></td></tr>
<tr><td><a href="/files/polozhenie_tr.pdf">Положение о центре «Точка роста»</a></td></tr>
<tr><td><a href="/files/pismo_TV-2356_02.pdf">Письмо Минпросвещения России от 30.11.2023 № ТВ-2356/02
«О направлении методических рекомендаций»</a></td></tr>
<tr><td><a href="/files/r-6.pdf">Распоряжение Минпросвещения России от 12.01.2021 № Р-6</a></td></tr>
</table>""")
    page("/index.php?page=tochka_programs", "Образовательные программы", """
<ul><li><a href="/files/prog_yunyi_issledovatel.pdf">ДООП «Юный исследователь»</a></li>
<li><a href="/files/prog_3d.pdf">ДООП «3D-моделирование»</a></li></ul>""")
    page("/index.php?page=tochka_staff", "Педагоги центра", """
<p>Смирнова О.А. — химия, биология; Кротов И.В. — физика; Белова Н.Н. — технология.</p>""")
    page("/index.php?page=tochka_news", "Новости центра", "".join(
        f'<div class="news"><span class="date">{d}</span> <a href="/news.php?id={i}">{t}</a></div>'
        for i, d, t, _ in news if i in (231, 228, 226, 190)))
    site.file("/files/raspisanie_tr.pdf", pdf_bytes([
        "УТВЕРЖДАЮ",
        "Директор МБОУ СОШ № 7 _________ Н.П. Иванова",
        "Расписание занятий объединений центра «Точка роста»",
        "Понедельник 14:30–15:15 «Юный исследователь» 5–6 кл., каб. 12, Смирнова О.А.",
        "Вторник 14:30–16:00 «3D-моделирование» 7–8 кл., каб. 21, Белова Н.Н.",
        "Среда 15:00–15:45 «Экспериментальная физика» 8–9 кл., каб. 14, Кротов И.В.",
        "Пятница 14:30–15:15 «Юный исследователь» 7 кл., каб. 12, Смирнова О.А.",
        "Документ подписан электронной подписью",
        "Владелец: Иванова Наталья Петровна",
        "Дата: 2023.08.30 13:42:09 +03'00'",
    ]), PDF)
    site.file("/files/pismo_TV-2356_02.pdf", pdf_bytes([
        "МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ",
        "30.11.2023 № ТВ-2356/02",
        "О направлении методических рекомендаций",
        "Методические рекомендации по созданию и функционированию в общеобразовательных "
        "организациях, расположенных в сельской местности и малых городах, центров "
        "образования естественно-научной и технологической направленностей"]), PDF)
    site.file("/files/r-6.pdf", pdf_bytes([
        "Распоряжение Министерства просвещения Российской Федерации от 12.01.2021 № Р-6",
        "Об утверждении методических рекомендаций по созданию мест для реализации основных "
        "и дополнительных общеобразовательных программ"]), PDF)
    return site


# --- b03: UTF-8 WordPress site with one archived cp1251 timetable page ----------------

WP_POSTS = [
    ("/2023/11/20/olimpiada-po-fizike/", "20.11.2023", "Школьники – призёры муниципальной олимпиады по физике",
     "Трое учеников 9 класса стали призёрами муниципального этапа олимпиады по физике. "
     "К олимпиаде ребята готовились на оборудовании центра «Точка роста».", True),
    ("/2023/10/05/den-uchitelya/", "05.10.2023", "День учителя",
     "Ученики поздравили педагогов концертом и праздничной газетой.", False),
    ("/2023/09/18/master-klass-tochka-rosta/", "18.09.2023",
     "Мастер-класс «Цифровая лаборатория на уроке биологии»",
     "Педагоги центра «Точка роста» провели мастер-класс для учителей района.", True),
    ("/2023/05/24/poslednij-zvonok/", "24.05.2023", "Последний звонок",
     "Торжественная линейка для выпускников прошла 24 мая.", False),
    ("/2022/12/10/novogodnij-eksperiment/", "10.12.2022", "Новогодние эксперименты в «Точке роста»",
     "Химическое шоу для начальной школы провели в кабинете химии центра.", True),
]


def wp(title: str, body: str) -> str:
    recent = "".join(f'<li><a href="{u}">{t}</a></li>' for u, _, t, _, _ in WP_POSTS[:4])
    return f"""<!DOCTYPE html>
<html lang="ru-RU">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; МБОУ «Центр образования № 3»</title>
<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.1.5' media='all' />
<link rel="https://api.w.org/" href="/wp-json/" />
</head>
<body class="page-template-default page">
<header class="site-header"><div class="site-branding"><a href="/" rel="home">МБОУ «Центр образования № 3» г. Алексина</a></div>
<nav class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">Главная</a></li>
<li class="menu-item menu-item-has-children"><a href="/svedeniya/">Сведения об образовательной организации</a></li>
<li class="menu-item"><a href="/novosti/">Новости</a></li>
<li class="menu-item"><a href="/raspisanie-urokov/">Расписание уроков</a></li>
<li class="menu-item"><a href="/tochka-rosta/">Точка роста</a></li>
<li class="menu-item"><a href="/kontakty/">Контакты</a></li>
</ul></nav></header>
<div id="content" class="site-content"><main id="main">
<article><h1 class="entry-title">{title}</h1><div class="entry-content">
{body}
</div></article></main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">
<h2 class="widget-title">Свежие записи</h2><ul>{recent}</ul></section>
<section class="widget"><a href="https://pos.gosuslugi.ru/"><img src="/wp-content/uploads/2022/03/pos-banner.png" alt="Платформа обратной связи"></a></section>
</aside></div>
<footer class="site-footer"><div class="ast-small-footer">Copyright © 2018–2023 МБОУ «Центр образования № 3» | Работает на WordPress</div></footer>
</body></html>"""


def build_b03() -> Site:
    site = Site(
        "co3-aleksin.ru",
        {"id": "b03", "name": "МБОУ «Центр образования № 3» г. Алексина", "region": "Тульская область",
         "municipality": "МО город Алексин", "url": "http://co3-aleksin.ru/", "center_type": "tochka_rosta"},
        {"reachable": True, "section_found": True, "schedule_status": "stale",
         "has_publications": True, "publications_count": 2, "recommendations_current": True,
         "status": "ok", "section_url": "http://co3-aleksin.ru/tochka-rosta/"},
        "UTF-8 WordPress site whose section links an archived static page in windows-1251 "
        "(charset only in <meta>) holding a 2021-2022 timetable; a school-wide 2023-2024 "
        "timetable elsewhere does not count; the 2023 recommendations are identified only "
        "by the linked PDF's text.",
    )
    site.page("/", wp("Главная", """
<p>Официальный сайт муниципального бюджетного общеобразовательного учреждения «Центр образования № 3».</p>
<p><a href="/tochka-rosta/"><img src="/wp-content/uploads/2021/08/tochka-banner.jpg" alt="Центр «Точка роста»"></a></p>"""))
    site.page("/svedeniya/", wp("Сведения об образовательной организации", """
<ul><li><a href="/svedeniya/osnovnye-svedeniya/">Основные сведения</a></li>
<li><a href="/svedeniya/dokumenty/">Документы</a></li><li><a href="/svedeniya/obrazovanie/">Образование</a></li></ul>"""))
    site.page("/raspisanie-urokov/", wp("Расписание уроков", """
<p><a href="/wp-content/uploads/2023/09/raspisanie-urokov-2023-2024.pdf">Расписание уроков на 2023-2024 учебный год</a></p>"""))
    site.page("/kontakty/", wp("Контакты", "<p>301361, Тульская обл., г. Алексин, ул. Мира, 3. Тел. 8 (48753) 4-11-22</p>"))
    site.page("/novosti/", wp("Новости", "".join(
        f'<article class="post"><h2><a href="{u}">{t}</a></h2><span class="posted-on">{d}</span></article>'
        for u, d, t, _, _ in WP_POSTS)))
    for url, day, title, text, _ in WP_POSTS:
        iso = "-".join(reversed(day.split(".")))
        site.page(url, wp(title, f'<p class="entry-meta"><time class="entry-date published" '
                                 f'datetime="{iso}T10:15:00+03:00">{day}</time></p><p>{text}</p>'))
    site.page("/category/novosti/tochka-rosta/", wp("Рубрика: Точка роста", "".join(
        f'<article class="post"><h2><a href="{u}">{t}</a></h2><span class="posted-on">{d}</span></article>'
        for u, d, t, _, about in WP_POSTS if about)))
    site.page("/tochka-rosta/", wp("Центр «Точка роста»", """
<p>Центр образования естественно-научной и технологической направленностей «Точка роста» создан
в 2021 году в рамках федерального проекта «Современная школа» национального проекта «Образование».</p>
<h3>Документы</h3>
<ul>
<li><a href="/wp-content/uploads/2021/08/prikaz-o-sozdanii.pdf">Приказ о создании центра</a></li>
<li><a href="/wp-content/uploads/2021/08/polozhenie.pdf">Положение о центре «Точка роста»</a></li>
<li><a href="/wp-content/uploads/2021/11/mr-2021.pdf">Методические рекомендации 2021 г.</a></li>
<li><a href="/wp-content/uploads/2023/12/metod-rekomendacii.pdf">Методические рекомендации (новая редакция)</a></li>
</ul>
<h3>Расписание</h3>
<p><a href="/old/tochka/raspisanie.htm">Расписание работы центра</a></p>
<h3>Новости центра</h3>
<p><a href="/category/novosti/tochka-rosta/">Все новости центра «Точка роста»</a></p>"""))
    site.page("/old/tochka/raspisanie.htm", """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Расписание работы центра</title></head>
<body bgcolor="#ffffff"><p align="center"><b>Расписание работы центра «Точка роста»<br>
на 2021-2022 учебный год</b></p>
<table border="1" cellspacing="0" cellpadding="4" align="center">
<tr><td><b>День недели</b></td><td><b>Время</b></td><td><b>Занятие</b></td><td><b>Педагог</b></td></tr>
<tr><td>Понедельник</td><td>13.40–14.25</td><td>Шахматы</td><td>Орлов С.П.</td></tr>
<tr><td>Вторник</td><td>14.30–15.15</td><td>Основы робототехники</td><td>Гусева А.А.</td></tr>
<tr><td>Четверг</td><td>14.30–16.00</td><td>Химия вокруг нас</td><td>Зуева Л.Н.</td></tr>
</table>
<p align="center"><a href="/">Вернуться на сайт</a></p></body></html>""", charset=CP, declare="meta")
    site.file("/wp-content/uploads/2023/12/metod-rekomendacii.pdf", pdf_bytes([
        "Письмо Министерства просвещения Российской Федерации от 30.11.2023 № ТВ-2356/02",
        "О направлении методических рекомендаций",
        "Методические рекомендации по созданию и функционированию в общеобразовательных "
        "организациях, расположенных в сельской местности и малых городах, центров образования "
        "естественно-научной и технологической направленностей"]), PDF)
    site.file("/wp-content/uploads/2021/11/mr-2021.pdf", pdf_bytes([
        "Письмо Минпросвещения России от 01.11.2021 № ТВ-1913/02",
        "О направлении методических рекомендаций"]), PDF)
    site.file("/wp-content/uploads/2021/08/polozhenie.pdf", pdf_bytes([
        "ПОЛОЖЕНИЕ о Центре образования естественно-научной и технологической направленностей "
        "«Точка роста» МБОУ «Центр образования № 3»"]), PDF)
    return site


SITES = [build_b01(), build_b02(), build_b03()]
