package org.quire.bench;

import java.util.regex.Pattern;

/**
 * The fixed word pools the generator draws from: prose for chapters, titles and summaries, and the
 * parts that names are built from. Prose words are all single words under the archive's word-count
 * rule (letters, with at most an inner apostrophe or hyphen), so a chapter's count is the number of
 * words written.
 */
final class Words {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Everyday narrative English, the most frequent first. */
  static final String[] PROSE =
      split(
          """
          the and to a of he she was it in that her his you I had with for on at as but not
          they be is said were this from them him what all there so would out up one could into
          back no then when if me my we like just over down know about now or been did an only
          time eyes before their even still something more again away hand face looked way
          thought before way head too own room never door voice through around any other because
          felt how where right little long after first last good see here can off made came turned
          which going will some those these than night want while think nothing moment toward
          smiled asked people always anything everything nothing well might words light without
          under behind against between across already enough finally almost quiet quietly softly
          slowly simply really maybe perhaps though although until since once everyone someone
          home house window table chair bed floor wall kitchen street city rain snow morning
          evening day week year hour minute breath heart hands fingers shoulder arm mouth lips
          hair skin blood tears smile laugh sound silence voice name world life side part end
          friend brother sister mother father family team ship sword book letter paper coffee tea
          cup glass bottle fire water stone tree garden road forest river sea sky sun moon star
          stars dark darkness cold warm bright soft hard heavy small large old young new long short
          tired careful gentle sharp sudden certain strange familiar empty full open closed broken
          quiet loud low high deep pale red blue green grey gold silver black white late early
          walked ran stood sat stopped started tried wanted needed knew thought felt saw heard
          told took gave found kept left held pulled pushed reached touched watched waited stayed
          opened closed pressed leaned nodded shook sighed laughed whispered murmured answered
          replied called shouted smiled frowned blinked swallowed shrugged glanced stared moved
          followed carried dropped picked lifted caught let let made looked seemed became began
          remembered forgot wondered realized decided promised meant noticed guessed believed
          hoped feared loved hated missed needed wished worried breathed slept woke dreamed
          finally simply barely nearly quickly suddenly carefully gently softly quietly slowly
          almost always never often sometimes together alone apart inside outside upstairs
          forward backward instead anyway somehow somewhere nowhere everywhere tonight tomorrow
          yesterday today still yet just only even ever also very much many most less least
          each every both either neither few several another whole half same different other
          kind sort thing things matter reason question answer truth lie promise secret story
          memory dream fear hope anger grief joy love trust doubt guilt shame pride courage
          warmth weight edge corner center line path step steps distance space place way ground
          air wind storm thunder lightning shadow shadows glow flame smoke ash dust salt bread
          wine soup apples honey sugar candle lamp lantern blanket coat scarf boots gloves ring
          key lock map compass clock bell song music piano guitar violin dance game letter note
          message phone screen car train station bridge tower castle village market harbor
          island mountain valley field meadow hill cliff shore beach wave waves tide boat
          journey mission battle war peace king queen prince princess captain soldier doctor
          teacher student stranger neighbor partner rival enemy ally crew guard knight witch
          wizard dragon wolf fox bird cat dog horse owl raven crow deer bear
          don’t didn’t couldn’t wouldn’t shouldn’t wasn’t weren’t isn’t aren’t hadn’t can’t
          won’t it’s he’s she’s they’re we’re you’re I’m I’ve I’d you’d he’d she’d that’s
          there’s what’s let’s
          half-smile well-worn self-conscious half-asleep second-hand long-lost sun-warmed
          """);

  /** First names for characters. */
  static final String[] FIRST_NAMES =
      split(
          """
          Ada Alder Alma Anders Ansel Arden Aris Astrid Auden Aurelia Basil Bram Briar Calla
          Cassius Cedric Celeste Corin Dahlia Dorian Edda Elio Elowen Emrys Esme Ezra Fenna
          Fiora Flint Garrick Gideon Greta Hale Halden Hazel Idris Ilsa Imogen Inez Ivo Jasper
          Juno Kael Kestrel Kit Lark Leif Linnea Lior Lucan Lyra Mabel Magnus Marlow Mira Nell
          Nico Niamh Odile Oren Orla Otto Pell Perrin Petra Quill Rafe Rhea Rook Rosalind Rowan
          Saffi Selwyn Signe Silas Soren Sunniva Tamsin Tarquin Teodor Thea Tobin Ulla Vesna
          Wren Xanthe Yara Yorick Zara Zephyr Alba Bastian Clio Dario Elsbeth Fabian Gwen Hollis
          Ines Jonah Katya Leander Maren Nadia Osric Pia Quinn Remy Sabine Theo Una Viggo Wilhelmina
          Ximena Yves Zora Agnes Benedikt Cyrus Delphine Emeric Fleur Gaspard Hester Ignatius
          Jorah Kasimir Ludmila Maxim Nerys Ottilie Piran Rufus Sorrel Tilda Ursa Valko Wystan
          """);

  /** Roots and endings that surnames (and fandom names) are made of. */
  static final String[] ROOTS =
      split(
          """
          ash bram cal dun eld fen gar hal ir kes lind mar nor or pen quar ros sel thorn val
          wil yar ald bel cor dar ev fal gr hest ingle jor kell lor mel nev ost
          """);

  static final String[] ENDINGS =
      split(
          """
          wood ford ley mere ton wick dale brook shaw croft more well by stead worth holm
          gate field ridge moor vale hurst cott land bury wyn stone fell thwaite hythe
          """);

  /** Kinds of story a fandom is named after. */
  static final String[] SERIES =
      split(
          """
          Chronicles Saga Academy Legends Tales Cycle Trilogy Quest Mysteries Rising Station
          Hospital Heights Kingdom Empire Expanse Protocol Brigade Hearts Crown Detectives Galaxy
          """);

  static final String[] MEDIA =
      split("TV Novels Movies Anime Manga Video_Game Comics Podcast Web_Series Cartoon Musical");

  /** Adjectives and nouns for generated additional tags and usernames. */
  static final String[] ADJECTIVES =
      split(
          """
          Accidental Ancient Awkward Borrowed Brave Broken Careful Clumsy Cosmic Crooked Curious
          Dangerous Distant Drowsy Electric Endless Faded Fierce Forgotten Fragile Frozen Gentle
          Gilded Glowing Haunted Hidden Hollow Honest Hungry Invisible Jealous Lonely Lucky Midnight
          Misplaced Mysterious Nervous Noisy Ordinary Painted Patient Peculiar Polite Quiet Reckless
          Restless Rusty Secret Shy Silent Sleepless Stubborn Sunlit Tangled Tender Tiny Unexpected
          Unlikely Velvet Wandering Wild Wistful Wooden Golden Feral Bitter Sweet Salty Stormy
          Winter Summer Autumn Spring Northern Southern Paper Glass Iron Copper Marble Crimson Azure
          Emerald Amber Ivory Scarlet Violet Misty Dusty Rainy Starlit Moonlit Lost Found Second
          Final Hopeful Reluctant Sleepy Sneaky Tipsy Grumpy Cheerful Doomed Royal Magical Mundane
          """);

  static final String[] NOUNS =
      split(
          """
          Apprentices Archives Bakeries Balconies Bandages Battles Beekeepers Birthdays Blankets
          Bookshops Bouquets Bridges Campfires Candles Cartographers Castles Cats Chess Choirs
          Coffeehouses Comets Confessions Constellations Cookies Crowns Curses Detours Diaries
          Dragons Duels Echoes Elevators Embers Errands Feathers Festivals Fireflies Fireworks
          Footnotes Fountains Gardens Ghosts Gifts Greenhouses Hammocks Harbors Heists Hiccups
          Homecomings Hotels Houseplants Islands Journeys Kettles Keys Kingdoms Kitchens Kites
          Knights Lanterns Letters Libraries Lighthouses Lullabies Maps Markets Masks Meadows
          Mirrors Mixtapes Monsters Mornings Museums Nightmares Notebooks Oaths Orchards Paintings
          Pancakes Picnics Pirates Plans Poems Portraits Postcards Potions Promises Puzzles Quilts
          Radios Rainstorms Recipes Reunions Rivers Roadtrips Rooftops Rumors Scarves Secrets
          Shipwrecks Snowstorms Songs Spells Staircases Stitches Storms Strangers Sunrises Sweaters
          Swords Teacups Telescopes Thunderstorms Tides Trains Treasures Truces Umbrellas Vows
          Waltzes Weddings Whispers Windows Wishes Wolves Workshops Yarns Zeppelins Apologies
          Arguments Bargains Blizzards Cabins Carousels Ceremonies Cliffs Clocktowers Compasses
          """);

  /** Third parts of rarer additional tags ("Quiet Lanterns - Space Station"). */
  static final String[] SETTINGS =
      split(
          """
          Space_Station Small_Town Big_City Boarding_School Summer_Camp Royal_Court Pirate_Ship
          Haunted_House Roadside_Diner Lighthouse_Keeper Night_Shift Winter_Holidays Rainy_Day
          Desert_Planet Underwater_City Floating_Islands Train_Journey Hospital_Wing Bookshop
          Flower_Shop Bakery Tea_Shop Music_Festival Wedding_Planning Road_Trip Snowed_In
          Heist_Crew Fake_Dating Time_Loop Body_Swap Amnesia Soulmates Found_Family Rivals_to_Friends
          Library Museum_Night Carnival Farmhouse Mountain_Cabin Beach_House Castle_Kitchens
          Dragon_Riders Witch_Academy Ghost_Town Post-Apocalypse Steampunk Cyberpunk Noir
          Regency Victorian Medieval Modern_Day Far_Future Alternate_History Fairy_Tale
          """);

  /**
   * Additional tags as writers commonly use them, most popular first; the generator's Zipf ranks
   * start here, so a listing of "Fluff" is a big one.
   */
  static final String[] COMMON_FREEFORMS =
      lines(
          """
          Fluff
          Angst
          Hurt/Comfort
          Romance
          Humor
          Alternate Universe
          Friendship
          Established Relationship
          Angst with a Happy Ending
          Slow Burn
          Family
          Smut
          Drama
          Canon Compliant
          Alternate Universe - Canon Divergence
          Alternate Universe - Modern Setting
          Fluff and Angst
          Found Family
          Pining
          Mutual Pining
          Friends to Lovers
          Emotional Hurt/Comfort
          Missing Scene
          Post-Canon
          Pre-Canon
          Character Study
          First Kiss
          Domestic Fluff
          Introspection
          Light Angst
          Heavy Angst
          Tooth-Rotting Fluff
          Comfort
          Happy Ending
          Open Ending
          Sad Ending
          Minor Character Death
          Violence
          Blood and Injury
          Whump
          Nightmares
          Insomnia
          Grief/Mourning
          Healing
          Protective Siblings
          Sibling Bonding
          Parent-Child Relationship
          Friendship/Love
          Enemies to Lovers
          Rivals to Lovers
          Strangers to Lovers
          Fake/Pretend Relationship
          Soulmates
          Alternate Universe - Soulmates
          Soulmate-Identifying Marks
          Alternate Universe - Coffee Shops & Cafés
          Alternate Universe - High School
          Alternate Universe - College/University
          Alternate Universe - Fantasy
          Alternate Universe - Royalty
          Alternate Universe - Magic
          Alternate Universe - Human
          Alternate Universe - Fae & Fairies
          Alternate Universe - Pirates
          Alternate Universe - Space
          Time Travel
          Time Loop
          Fix-It
          Canon Divergence
          Crack
          Crack Treated Seriously
          Parody
          Drabble
          Drabble Collection
          Ficlet
          One Shot
          Short One Shot
          Poetry
          Song Lyrics
          Epistolary
          Texting
          Chatting & Messaging
          Social Media
          Holidays
          Christmas
          Halloween
          Valentine's Day
          Birthday
          Birthday Fluff
          Secret Santa
          Gift Exchange
          Prompt Fill
          Kink Meme
          Podfic Welcome
          Fanart
          Mystery
          Suspense
          Horror
          Thriller
          Adventure
          Action/Adventure
          Action & Romance
          Science Fiction
          Fantasy
          Magic
          Magical Realism
          Mythology
          Ghosts
          Vampires
          Werewolves
          Dragons
          Demons
          Angels
          Witches
          Mermaids
          Monsters
          Spirits
          Curses
          Prophecy
          Dreams
          Memory Loss
          Amnesia
          Identity Porn
          Secret Identity
          Secret Relationship
          Miscommunication
          Misunderstandings
          Jealousy
          Love Confessions
          Confessions
          Love Letters
          Dancing
          Cooking
          Baking
          Gardening
          Music
          Books
          Reading
          Cats
          Dogs
          Animals
          Travel
          Road Trips
          Camping
          Beach Day
          Rain
          Snow
          Cuddling & Snuggling
          Hand Holding
          Kissing
          Hugs
          Bed Sharing
          Sharing a Bed
          There Was Only One Bed
          Getting Together
          Marriage
          Weddings
          Proposals
          Domesticity
          Pregnancy
          Kid Fic
          Aging
          Character Death
          Suicidal Thoughts
          Depression
          Anxiety
          Panic Attacks
          Self-Harm
          Trauma
          Recovery
          PTSD
          Therapy
          Mental Health Issues
          Disability
          Chronic Illness
          Sickfic
          Hospitals
          Medical
          Injury
          Torture
          Kidnapping
          War
          Battle
          Politics
          Court Intrigue
          Royalty
          Knights
          Pirates
          Space
          Aliens
          Robots
          Artificial Intelligence
          Cyberpunk
          Steampunk
          Post-Apocalypse
          Dystopia
          Zombies
          Survival
          Heist
          Crime
          Detectives
          Police
          Mafia
          Spies
          Assassins
          Mercenaries
          Academia
          Teachers
          Students
          School
          Sports
          Hockey
          Football
          Swimming
          Ice Skating
          """);

  /**
   * Metatags among the common additional tags: each line is a metatag and its subtags (indexes into
   * {@link #COMMON_FREEFORMS} are looked up by name).
   */
  static final String[][] COMMON_META =
      new String[][] {
        {
          "Alternate Universe",
          "Alternate Universe - Canon Divergence",
          "Alternate Universe - Modern Setting",
          "Alternate Universe - Coffee Shops & Cafés",
          "Alternate Universe - High School",
          "Alternate Universe - College/University",
          "Alternate Universe - Fantasy",
          "Alternate Universe - Royalty",
          "Alternate Universe - Magic",
          "Alternate Universe - Human",
          "Alternate Universe - Fae & Fairies",
          "Alternate Universe - Pirates",
          "Alternate Universe - Space",
          "Alternate Universe - Soulmates"
        },
        {"Alternate Universe - Soulmates", "Soulmate-Identifying Marks"},
        {"Fluff", "Domestic Fluff", "Tooth-Rotting Fluff", "Birthday Fluff"},
        {"Angst", "Light Angst", "Heavy Angst", "Angst with a Happy Ending"},
        {"Hurt/Comfort", "Emotional Hurt/Comfort", "Whump"},
        {"Drabble", "Drabble Collection"},
        {"One Shot", "Short One Shot"},
        {"Holidays", "Christmas", "Halloween", "Valentine's Day"},
        {"Mental Health Issues", "Depression", "Anxiety", "Panic Attacks", "PTSD"},
        {"Friendship", "Friendship/Love"}
      };

  private Words() {}

  private static String[] split(String text) {
    String[] words = SPACES.split(text.strip());
    for (int i = 0; i < words.length; i++) {
      words[i] = words[i].replace('_', ' ');
    }
    return words;
  }

  private static String[] lines(String text) {
    return text.strip().lines().map(String::strip).toArray(String[]::new);
  }
}
