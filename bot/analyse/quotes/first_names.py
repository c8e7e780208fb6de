"""First names and the gender they usually go with: `Lena Holt ... she said` is hers.

A first name decides a gender only when the article states none (a title, a role word, `his
wife`). Left out of both lists, so that the text decides: names given to both sexes (Kim, Alex,
Jamie, Lee, Chris, Pat, Jean, Andrea, ...), and names that news writes more often for a place, a
title or another capitalised word (Austin, Virginia, Charlotte, Chad, Baroness, Dec, Will, Hope,
Rush, Grant, ...). Kept, because news writes them far more often for a person: Bill, Al, Chelsea,
Victoria. The lists also tell a person's run from an organisation's."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FEMALE_NAMES = _words(
    """
    Abby Abigail Adele Adrienne Agnes Aileen Alana Alexandra Alexis Alice Alicia Alison Allison
    Alyssa Amanda Amber Amelia Amelie Amy Ana Anastasia Angela Angelica Angelina Angie Anita Ann
    Anna Anne Annette Annie Antonia Arianna Audrey Avril Ayanna Barbara Barbra Becky Belinda
    Bernadette Beth Bethany Betsy Betty Beverly Beyonce Bianca Bjork Bonnie Brenda Brianna Bridget
    Brigid Britney Brittany Brooke Camila Candace Candice Carla Carly Carmen Carol Caroline Carolyn
    Carrie Cassandra Cate Catherine Cathy Cecile Cecilia Celia Charlize Chelsea Cherie Cheryl Chloe
    Christina Christine Cilla Cindy Claire Clare Claudia Colleen Connie Courtney Crystal Cynthia
    Daisy Danielle Dannii Dara Darlene Debbie Deborah Debra Deirdre Delia Denise Diana Diane Dianne
    Dido Dolores Donna Dora Doris Dorothy Dottie Edith Eileen Elaine Eleanor Elena Elisa Elise
    Eliza Elizabeth Ella Ellen Eloise Elsa Emily Emma Erica Erika Estelle Esther Eva Eve Evelyn
    Felicia Fernanda Fiona Frances Francesca Gabriela Gabrielle Gail Gayle Georgina Geraldine Geri
    Gina Ginger Giselle Glenda Gloria Grace Gretchen Gwen Gwendolyn Gwyneth Hailey Halle Hannah
    Harriet Hazel Heather Heidi Helen Helena Hilary Hilda Hillary Holly Huma Ilana Imelda Ingrid
    Irene Irina Iris Isabel Isabella Ivanka Jacqueline Jade Jamelia Jane Janet Janice Janine
    Jasmine Jayne Jeanette Jeanne Jeannie Jenna Jennifer Jenny Jessica Jessie Jill Jo Joan Joanna
    Joanne Jocelyn Jodie Johanna Josephine Joss Joyce Juanita Judith Judy Julia Julianna Julianne
    Julie Juliet Juliette Justine Kara Karen Karin Karina Kate Katharine Katherine Kathleen Kathryn
    Kathy Katie Katrina Kayla Kayleigh Keira Kelly Kellyanne Kimberly Kirsten Kirsty Kristen
    Kristin Kristina Kylie Laura Lauren Laurie Leah Leila Lena Lila Lillian Lily Linda Lindsay Lisa
    Liz Loretta Lori Lorraine Louisa Louise Lucia Lucy Lulu Lydia Lynn Lynne Mabel Madeleine
    Madeline Madonna Maggie Malia Marcia Margaret Margarita Maria Marianne Marie Marilyn Marion
    Marla Marlene Marsha Martha Martina Mary Maureen Maxine Megan Melania Melanie Melinda Melissa
    Meryl Michele Michelle Mildred Mindy Miranda Miriam Mona Monica Monique Myra Nadia Nadine Nancy
    Naomi Natalie Natalya Natasha Nellie Nicole Nikki Nina Nora Norah Norma Olga Olivia Pamela
    Patricia Patsy Patti Patty Paula Paulette Pauline Peggy Penelope Phyllis Priscilla Rachael
    Rachel Ramona Rebecca Reese Regina Renee Rhonda Rita Roberta Rosa Rosalind Rose Rosemary
    Roxanne Ruby Ruth Sabrina Sally Salma Samantha Sandra Sara Sarah Scarlett Selena Serena Shakira
    Sharleen Sharon Sheila Shelby Shelley Sheryl Shirley Silvia Simone Sonia Sonya Sophia Sophie
    Stacy Stella Stephanie Susan Susie Suzanne Svetlana Sylvia Tamara Tammy Tamzin Tanni Tanya Tara
    Tatiana Teresa Tessa Theresa Tiffany Tina Tonya Tracey Tracy Trish Uma Ursula Valerie Vanessa
    Venus Vera Veronica Vicki Vickie Victoria Viola Vivian Wanda Wendy Whitney Wilma Yelena Yolanda
    Yvonne Zara Zoe
    """
)

MALE_NAMES = _words(
    """
    Aaron Abdul Abe Adam Adrian Ahmad Ahmed Al Alan Alastair Albert Alberto Alejandro Alexander
    Alfred Alfredo Ali Alistair Allen Alonzo Alvin Amir Andre Andres Andrew Andriy Andy Angelo Ant
    Anthony Antonio Archie Armando Arnaud Arnold Arsene Arthur Arturo Barack Barney Barry Bart Ben
    Benjamin Bennett Benny Bernard Bernie Bert Bill Billy Bob Bobby Bono Boris Brad Bradley Brandon
    Brent Bret Brett Brian Bruce Bryan Buck Byron Caleb Calvin Cameron Carl Carlo Carlos Cecil
    Cedric Cesar Charles Charlie Chet Christian Christopher Chuck Clarence Claude Claudio Clayton
    Cliff Clifford Clint Clive Cody Colin Connor Conor Corey Cornelius Craig Curt Curtis Cyrus Dai
    Damon Daniel Danny Darrell Darren Darryl Dave David Dean Dennis Derek Desmond Dick Didier Diego
    Dirk Dmitri Dmitry Dominic Don Donald Donnie Doug Douglas Dustin Dwain Dwight Dylan Earl Ed
    Eddie Edgar Edmund Eduardo Edward Elijah Elliot Elliott Elton Elvis Emanuel Eminem Emmanuel
    Enrique Eric Erik Ernest Ernesto Ernie Esteban Ethan Eugene Evan Everett Fabio Felipe Felix
    Fernando Floyd Francesco Francis Francisco Franck Frank Franklin Fred Freddie Freddy Frederick
    Gabe Gabriel Gareth Garrett Gary Gavin Gennaro Geoff Geoffrey George Gerald Gerard Gerry Gethin
    Gianluca Gilbert Glen Glenn Gonzalo Gordon Grady Graeme Graham Greg Gregory Gus Gustavo Guus
    Hank Harold Harry Harvey Hassan Hector Henrik Henry Herbert Herman Homer Horace Howard Howie
    Hugh Hugo Iain Ian Ieuan Igor Ike Irving Isaac Ismael Ivan Jack Jacob Jacques Jake Jamal James
    Jared Jason Javier Jay Jeb Jed Jeff Jeffery Jeffrey Jeremy Jermain Jermaine Jerome Jerry Jim
    Jimmy Joaquin Jody Joe Joel Johan John Johnny Jon Jonah Jonathan Jonny Jools Jorge Jose Joseph
    Josh Joshua Juan Jude Julian Julius Justin Kareem Karl Kazuo Keenan Keith Kelvin Ken Kenneth
    Kenny Kevin Kieran Kieron Kirk Kofi Kurt Kyle Lamar Lance Larry Lawrence Lennart Leon Leonard
    Leonardo Leroy Lester Lewis Liam Lleyton Lloyd Logan Lonnie Louis Lowell Luc Lucas Luis Luke
    Luther Lyle Lyndon Malcolm Manny Manuel Marat Marc Marcel Marco Marcus Mario Mark Marshall
    Martin Marty Marvin Matt Matthew Maurice Max Maxwell Melvin Michael Michel Mick Mickey Miguel
    Mikael Mike Mikhail Miles Milton Mitch Mitchell Mitt Mohamed Mohammed Morris Moses Muhammad
    Nate Nathan Nathaniel Neal Ned Neil Newt Niall Nicholas Nick Nigel Noah Noel Nolan Norman
    Oliver Omar Orrin Oscar Otis Owen Ozzy Pablo Paolo Patrick Paul Pedro Pete Peter Phil Philip
    Quentin Rafa Rafael Rahm Ralph Ramon Randall Randolph Randy Raul Raymond Reggie Reince Retief
    Rex Rhys Richard Rick Ricky Ringo Rob Robbie Robert Roberto Rod Rodney Rodrigo Roger Roland
    Rolf Roman Ron Ronald Ronaldo Rory Ross Roy Rudolph Rudy Rupert Russell Rusty Ruud Ryan Sammy
    Samuel Satoru Saul Scott Sean Sebastian Sergei Sergey Sergio Seth Shaun Sid Simon Sol Spencer
    Stan Stanley Stephen Steve Steven Sting Stuart Sven Sylvester Tad Ted Teddy Terrence Terry Thad
    Theodore Thierry Thomas Tiger Tim Timothy Toby Todd Tom Tony Travis Trent Trevor Trey Tyler
    Tyrone Ulysses Usher Vernon Victor Vijay Vince Vincent Virgil Vladimir Wade Wallace Walt Walter
    Warren Wayne Wendell Wes Wesley Wilbur Wilfred William Willie Woodrow Xavier Zach Zachary Zeke
    Zinedine
    """
)

FIRST_NAMES = FEMALE_NAMES | MALE_NAMES

# Family names that East Asian names put first (`Choi Jiwoo`, later `Mr Choi`). `Lee` is also a
# given name in English (`Lee Harper`), so it counts only before a hyphened or two-word given
# name (`Lee Jae-sung`, `Lee Hsien Loong`).
FAMILY_NAMES_FIRST = _words(
    """
    Kim Park Choi Jung Kang Cho Yoon Jang Lim Shin Kwon Hwang Ahn Yoo Jeon Ko Moon Baek Heo
    Wang Li Zhang Liu Chen Huang Zhao Wu Zhou Xu Zhu Hu Guo Gao Luo Zheng Xie Feng Deng Cao Peng
    Zeng Xiao Tian Pan Yuan Cai Jiang Du Ye Xiong Nguyen Tran Pham Hoang Phan Vu Bui Ngo Duong
    Lee
    """
)
