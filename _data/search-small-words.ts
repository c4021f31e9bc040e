// Small words per language: words that say nothing about the topic ("my", "took", "krijg", "забрали").
// When the words as typed find little, the search field tries again without them (issue 20). They are
// never marked in an excerpt. Pronouns, articles, prepositions, question words, auxiliary and everyday
// verbs; not negations' meaning-bearing partners (a list entry may still use "niet" in a phrase such as
// "salaris niet", because phrases are matched on all typed words).
import type { Locale } from "./locales.ts";

const words = (s: string) => s.split(/\s+/).filter(Boolean);

const searchSmallWords: Readonly<Record<Locale, readonly string[]>> = {
  nl: words(`
    ik je jij u hij zij ze we wij jullie mij me mijn jouw uw zijn haar ons onze hun hen het de een
    en of maar als dan dat die dit deze wat wie waar wanneer hoe hoeveel waarom welk welke
    in op aan bij van voor met naar uit om over onder tot door zonder tegen na
    niet geen wel ook nog al er hier daar toch even heel erg veel weinig meer
    is ben bent zijn was waren wordt worden word werd heb hebt heeft hebben had hadden
    kan kun kunt kunnen mag mogen moet moeten wil wilt willen zal zou zouden doe doet doen
    krijg krijgt krijgen kreeg gekregen houdt houden hield gehouden pakt pakte gepakt genomen nam neemt
    ga gaat gaan ging gegaan kom komt komen kwam gekomen zeg zegt zeggen
  `),
  en: words(`
    i me my mine you your yours he him his she her it its we us our they them their
    a an the and or but if then that this these those what who whom where when how why which
    in on at by of for with to from into about under over without against after before
    not no dont don't doesnt doesn't didnt didn't cant can't wont won't isnt isn't
    is am are was were be been being do does did have has had having
    can could may might must shall should will would
    get gets got gotten getting take takes took taken keep keeps kept holds held give gave
    much many more some any too very just still also there here
  `),
  uk: words(`
    я мене мені мій моя моє мої ти тебе тобі твій твоя ви вас вам ваш ваша він його йому вона її
    воно ми нас нам наш вони їх їм свій своя своє свої
    і й та а але чи або якщо то що хто де коли як чому скільки який яка яке які
    в у на з із зі до від для про по за під над без через після при
    не ні так вже ще теж також дуже тут там це цей ця ці той
    є був була було були буде бути маю має мають мав мала можу може можна могли
    треба потрібно мусить повинен повинна мають
    забрав забрала забрало забрали забирає тримає тримають тримав взяв взяла взяли взяло
    дав дала дали дає отримую отримав отримала отримати робити зробити
  `),
  ru: words(`
    я меня мне мой моя моё мое мои ты тебя тебе твой твоя вы вас вам ваш ваша он его ему она её ее
    оно мы нас нам наш они их им свой своя своё свое свои
    и а но или ли если то что кто где когда как почему сколько какой какая какое какие
    в во на с со к ко от для о об по за под над без через после при из у до
    не ни так уже ещё еще тоже также очень тут там это этот эта эти тот
    есть был была было были будет быть могу может можно могли нужно надо должен должна должны
    забрал забрала забрало забрали забирает держит держат держал взял взяла взяли взяло
    дал дала дали даёт дает получаю получил получила получить делать сделать
  `),
};
export default searchSmallWords;
